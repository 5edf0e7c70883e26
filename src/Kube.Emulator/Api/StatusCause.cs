namespace Kube.Emulator.Api;

/// <summary>One field error of a Status, as <c>details.causes[]</c> carries it.</summary>
/// <param name="Reason">The cause type, such as <c>FieldValueInvalid</c>.</param>
/// <param name="Message">The full message, such as <c>Invalid value: "x": must be ...</c>.</param>
/// <param name="Field">The field path, such as <c>metadata.name</c>.</param>
internal sealed record StatusCause(string Reason, string Message, string Field)
{
    public static StatusCause Invalid(string field, string? value, string detail) =>
        new("FieldValueInvalid", value is null ? $"Invalid value: {detail}" : $"Invalid value: \"{value}\": {detail}", field);

    public static StatusCause Required(string field, string detail = "") =>
        new("FieldValueRequired", detail.Length == 0 ? "Required value" : $"Required value: {detail}", field);

    public static StatusCause Forbidden(string field, string detail) => new("FieldValueForbidden", $"Forbidden: {detail}", field);

    public static StatusCause NotSupported(string field, string value, IEnumerable<string> supported) =>
        new("FieldValueNotSupported", $"Unsupported value: \"{value}\": supported values: {string.Join(", ", supported.Select(s => $"\"{s}\""))}", field);

    public static StatusCause TooLong(string field, long max) =>
        new("FieldValueTooLong", $"Too long: may not be more than {max} bytes", field);

    public static StatusCause Immutable(string field) => new("FieldValueInvalid", "Invalid value: field is immutable", field);

    /// <summary>Formats the cause as the real server does inside an Invalid message: <c>field: message</c>.</summary>
    public override string ToString() => $"{Field}: {Message}";
}
