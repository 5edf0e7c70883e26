using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>Computes Table cells as the API server does for CRD printer columns.</summary>
internal static class TableCells
{
    public static JsonNode? Cell(PrinterColumn column, JsonObject resource, DateTimeOffset now)
    {
        if (column.Compute is not null)
        {
            return column.Compute(resource, now);
        }

        IReadOnlyList<JsonNode?> results;
        try
        {
            results = JsonPathEvaluator.FindResults(resource, column.JsonPath);
        }
        catch (FormatException)
        {
            // The API server rejects such a column when the CRD is created; a column that slipped through shows no value.
            return null;
        }

        // Only the first match fills the cell, as in the API server.
        return results.Count == 0 || results[0] is null ? null : Typed(column.Type, results[0]!, now);
    }

    public static string Age(JsonNode? timestamp, DateTimeOffset now) => TryParseTime(timestamp, out var time)
        ? HumanDuration.Format(now - time)
        : "<unknown>";

    public static bool TryParseTime(JsonNode? value, out DateTimeOffset time)
    {
        time = default;

        return value?.GetValueKind() == JsonValueKind.String
            && value.GetValue<string>().Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out time);
    }

    private static JsonNode? Typed(string type, JsonNode value, DateTimeOffset now)
    {
        var kind = value.GetValueKind();

        return type switch
        {
            "string" => JsonValue.Create(JsonPathEvaluator.FormatValue(value)),
            "integer" when JsonValueText.TryGetLong(value, out var whole) => JsonValue.Create(whole),
            "integer" when JsonValueText.TryGetDouble(value, out var real) => JsonValue.Create((long)real),
            "number" when JsonValueText.TryGetDouble(value, out var real) => JsonValue.Create(real),
            "boolean" when kind is JsonValueKind.True or JsonValueKind.False => JsonValue.Create(kind == JsonValueKind.True),
            "date" when kind == JsonValueKind.String => JsonValue.Create(TryParseTime(value, out var time) ? HumanDuration.Format(now - time) : "<invalid>"),
            _ => null,
        };
    }
}
