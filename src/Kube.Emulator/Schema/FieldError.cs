using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema;

/// <summary>
/// One field-level validation error in the form the Kubernetes API server reports it.
/// </summary>
/// <param name="Field">The field path, such as <c>spec.target.creationPolicy</c> or <c>spec.data[0].remoteRef</c>.</param>
/// <param name="Type">The cause type, one of the <see cref="FieldErrorTypes"/> constants.</param>
/// <param name="Message">
/// The error text without the field path, worded as the API server words it, such as
/// <c>Required value</c> or <c>Unsupported value: "Foo": supported values: "Owner", "Orphan"</c>.
/// </param>
/// <param name="BadValue">The rejected value: a string as is, anything else as compact JSON; null when none applies.</param>
public sealed record FieldError(string Field, string Type, string Message, string? BadValue)
{
    /// <summary>True when the error is reported as a warning (an unknown field under <see cref="SchemaApplyMode.Warn"/>).</summary>
    public bool IsWarning { get; init; }

    /// <summary>Returns the error as the API server prints it in a message: <c>field: message</c>.</summary>
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";

    /// <summary>Builds the <c>StatusCause</c> object: <c>{reason, message, field}</c>.</summary>
    public JsonObject ToStatusCause() => new()
    {
        ["reason"] = Type,
        ["message"] = Message,
        ["field"] = Field,
    };

    /// <summary>
    /// Builds the 422 <c>Status</c> the API server returns when an object fails validation, with the message
    /// <c>Kind.group "name" is invalid: field: message</c> (several errors in brackets, separated by commas).
    /// </summary>
    /// <param name="group">The API group; empty for the core group.</param>
    /// <param name="kind">The kind, such as <c>ExternalSecret</c>.</param>
    /// <param name="name">The object name.</param>
    /// <param name="errors">The errors; warnings among them are left out.</param>
    public static JsonObject ToInvalidStatus(string group, string kind, string name, IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var failures = errors.Where(error => !error.IsWarning).ToList();
        var qualifiedKind = group.Length == 0 ? kind : $"{kind}.{group}";
        var message = $"{qualifiedKind} \"{name}\" is invalid: {Aggregate(failures)}";

        var causes = new JsonArray();
        foreach (var failure in failures)
        {
            causes.Add(failure.ToStatusCause());
        }

        var details = new JsonObject { ["name"] = name };
        if (group.Length > 0)
        {
            details["group"] = group;
        }

        details["kind"] = kind;
        details["causes"] = causes;

        return NewFailureStatus(message, "Invalid", 422, details);
    }

    /// <summary>
    /// Builds the 400 <c>Status</c> the API server returns under <c>fieldValidation=Strict</c> when the body has
    /// unknown fields: <c>Kind in version "v1" cannot be handled as a Kind: strict decoding error: unknown field "spec.foo"</c>.
    /// </summary>
    /// <param name="kind">The kind, such as <c>ExternalSecret</c>.</param>
    /// <param name="version">The API version of the request body, such as <c>v1</c>.</param>
    /// <param name="unknownFields">The <see cref="FieldErrorTypes.Unknown"/> errors from <see cref="StructuralSchema.Apply"/>.</param>
    public static JsonObject ToStrictDecodingStatus(string kind, string version, IEnumerable<FieldError> unknownFields)
    {
        ArgumentNullException.ThrowIfNull(unknownFields);
        var texts = unknownFields.Select(error => error.Message);
        var message = $"{kind} in version \"{version}\" cannot be handled as a {kind}: strict decoding error: {string.Join(", ", texts)}";

        return NewFailureStatus(message, "BadRequest", 400, details: null);
    }

    private static string Aggregate(List<FieldError> errors)
    {
        var distinct = errors.Select(error => error.ToString()).Distinct(StringComparer.Ordinal).ToList();

        return distinct.Count == 1 ? distinct[0] : $"[{string.Join(", ", distinct)}]";
    }

    private static JsonObject NewFailureStatus(string message, string reason, int code, JsonObject? details)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason,
        };
        if (details is not null)
        {
            status["details"] = details;
        }

        status["code"] = code;

        return status;
    }
}
