using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// Names and prints JSON values the way the Go API server and kubectl do: JSON type names as in OpenAPI,
/// Go's <c>%q</c> and <c>%#v</c> for values in error messages, compact JSON with sorted keys for kubectl output.
/// </summary>
internal static class JsonValueText
{
    private static readonly JsonSerializerOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>
    /// Returns the OpenAPI type name of a value. A number is <c>integer</c> when it is written without fraction
    /// or exponent and fits in 64 bits, as Go's JSON decoder for unstructured objects decides.
    /// </summary>
    public static string TypeName(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => IsIntegerLiteral(value) ? "integer" : "number",
        _ => "undefined",
    };

    public static bool IsIntegerLiteral(JsonNode value) =>
        long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    public static bool TryGetDouble(JsonNode? value, out double result)
    {
        result = 0;

        return value?.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }

    public static bool TryGetLong(JsonNode? value, out long result)
    {
        result = 0;

        return value?.GetValueKind() == JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>Formats a schema bound as Go's <c>%v</c> prints it in OpenAPI validation messages.</summary>
    public static string FormatNumber(double number)
    {
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            return ((long)number).ToString(CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Returns a value as a raw string: strings unquoted, anything else as compact JSON.</summary>
    public static string? Raw(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetValue<string>(),
        _ => value.ToJsonString(CompactOptions),
    };

    /// <summary>Returns compact JSON with object keys sorted, as Go's <c>json.Marshal</c> writes a decoded object.</summary>
    public static string SortedCompactJson(JsonNode? value) => Sorted(value)?.ToJsonString(CompactOptions) ?? "null";

    /// <summary>Formats a bad value as the API server prints it after <c>Invalid value: </c>.</summary>
    public static string GoValue(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => GoQuote("null"),
        JsonValueKind.String => GoQuote(value.GetValue<string>()),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => GoSyntax(value),
    };

    /// <summary>Quotes a string as Go's <c>strconv.Quote</c> does for printable text.</summary>
    public static string GoQuote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var character in text)
        {
            AppendEscaped(builder, character);
        }

        builder.Append('"');

        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, char character)
    {
        switch (character)
        {
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case < ' ' or '\u007f':
                builder.Append("\\x").Append(((int)character).ToString("x2", CultureInfo.InvariantCulture));
                break;
            default: builder.Append(character); break;
        }
    }

    // Go's %#v of a decoded object, such as map[string]interface {}{"key":"value"}.
    private static string GoSyntax(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject map:
                var entries = map.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                    .Select(pair => $"{GoQuote(pair.Key)}:{GoSyntax(pair.Value)}");

                return $"map[string]interface {{}}{{{string.Join(", ", entries)}}}";
            case JsonArray list:
                return $"[]interface {{}}{{{string.Join(", ", list.Select(GoSyntax))}}}";
            case null:
                return "interface {}(nil)";
            default:
                return value.GetValueKind() == JsonValueKind.String ? GoQuote(value.GetValue<string>()) : value.ToJsonString();
        }
    }

    private static JsonNode? Sorted(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject map:
                var sorted = new JsonObject();
                foreach (var (key, child) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    sorted[key] = Sorted(child);
                }

                return sorted;
            case JsonArray list:
                return new JsonArray(list.Select(Sorted).ToArray());
            default:
                return value?.DeepClone();
        }
    }
}
