namespace Kube.Emulator.Schema;

/// <summary>
/// The cause types a Kubernetes API server puts in <c>Status.details.causes[].reason</c> for field errors.
/// </summary>
public static class FieldErrorTypes
{
    /// <summary>A required field is missing.</summary>
    public const string Required = "FieldValueRequired";

    /// <summary>A value is malformed: a failed pattern, bound or length check.</summary>
    public const string Invalid = "FieldValueInvalid";

    /// <summary>A value is not one of the values an <c>enum</c> allows.</summary>
    public const string NotSupported = "FieldValueNotSupported";

    /// <summary>A value does not have the JSON type the schema declares.</summary>
    public const string TypeInvalid = "FieldValueTypeInvalid";

    /// <summary>A value that must be unique occurs twice.</summary>
    public const string Duplicate = "FieldValueDuplicate";

    /// <summary>A value is valid in form but not permitted in this place.</summary>
    public const string Forbidden = "FieldValueForbidden";

    /// <summary>A string is longer than <c>maxLength</c>.</summary>
    public const string TooLong = "FieldValueTooLong";

    /// <summary>An array or object has more items than <c>maxItems</c> or <c>maxProperties</c> allow.</summary>
    public const string TooMany = "FieldValueTooMany";

    /// <summary>
    /// A field the schema does not declare. The API server reports it as a strict decoding error or a warning,
    /// never as a 422 cause, so this type is specific to this emulator.
    /// </summary>
    public const string Unknown = "FieldValueUnknown";
}
