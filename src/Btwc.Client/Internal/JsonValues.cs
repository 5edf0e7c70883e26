using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Btwc.Client.Internal;

/// <summary>Turns JSON values into the text a secret value holds.</summary>
internal static class JsonValues
{
    // Escapes only what JSON requires, so non-ASCII text and characters such as < and & stay readable.
    private static readonly JsonWriterOptions CompactWriter = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>
    /// Returns a string verbatim, a number exactly as written, <c>true</c>, <c>false</c> or <c>null</c>, and an
    /// object or array as compact JSON.
    /// </summary>
    public static string ToText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => element.GetRawText(),
        _ => ToCompactJson(element),
    };

    /// <summary>Returns the element as JSON without whitespace; numbers keep their exact text.</summary>
    public static string ToCompactJson(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CompactWriter))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Returns every property of <paramref name="secret"/> in document order.</summary>
    public static List<KeyValuePair<string, string>> ToPairs(JsonElement secret)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var property in secret.EnumerateObject())
        {
            pairs.Add(new KeyValuePair<string, string>(property.Name, ToText(property.Value)));
        }

        return pairs;
    }

    /// <summary>
    /// Finds a property by name, preferring an exact match and falling back to a case-insensitive one, as the
    /// reference Go client's decoder does.
    /// </summary>
    public static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            value = default;
            return false;
        }

        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the property as text, or null when it is absent or JSON null.</summary>
    public static string? GetText(JsonElement element, string name) =>
        TryGetProperty(element, name, out var value) && value.ValueKind != JsonValueKind.Null ? ToText(value) : null;
}
