using System.Text.Json;

namespace Btwc.Client.Internal;

/// <summary>The fields of an API error body: some of <c>error</c>, <c>code</c>, <c>message</c> and <c>details</c>.</summary>
internal sealed record ErrorBody(string? ErrorCode, string? Message, string? Details)
{
    public static readonly ErrorBody Empty = new(null, null, null);

    public bool IsEmpty => ErrorCode is null && Message is null && Details is null;

    /// <summary>Reads the error fields; a body that is not a JSON object yields <see cref="Empty"/>.</summary>
    public static ErrorBody Parse(ReadOnlyMemory<byte>? body)
    {
        if (body is not { Length: > 0 } bytes)
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            var code = NonEmpty(JsonValues.GetText(root, "error")) ?? NonEmpty(JsonValues.GetText(root, "code"));
            var message = NonEmpty(JsonValues.GetText(root, "message"));
            var details = JsonValues.TryGetProperty(root, "details", out var value) && HasContent(value)
                ? JsonValues.ToCompactJson(value)
                : null;

            return new ErrorBody(code, message, details);
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    /// <summary>Returns a copy with every occurrence of <paramref name="secret"/> replaced.</summary>
    public ErrorBody Redact(string? secret) => string.IsNullOrEmpty(secret)
        ? this
        : new ErrorBody(Redaction.Apply(ErrorCode, secret), Redaction.Apply(Message, secret), Redaction.Apply(Details, secret));

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static bool HasContent(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        _ => true,
    };
}
