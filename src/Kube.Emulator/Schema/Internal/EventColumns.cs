using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// The Event columns of the API server's printer, reading both the core/v1 field names (<c>involvedObject</c>,
/// <c>lastTimestamp</c>) and the events.k8s.io/v1 ones (<c>regarding</c>, <c>deprecatedLastTimestamp</c>).
/// </summary>
internal static class EventColumns
{
    public static readonly PrinterColumn[] All =
    [
        BuiltInColumns.Computed("Last Seen", "Time since the event was last observed.", (resource, now) => LastSeen(resource, now)),
        BuiltInColumns.Computed("Type", "Normal or Warning.", (resource, _) => Text(resource, "type")),
        BuiltInColumns.Computed("Reason", "The short reason of the event.", (resource, _) => Text(resource, "reason")),
        BuiltInColumns.Computed("Object", "The object the event is about, as kind/name.", (resource, _) => Target(resource)),
        BuiltInColumns.Computed("Subobject", "The field path inside the object.", (resource, _) => Text(Regarding(resource), "fieldPath"), priority: 1),
        BuiltInColumns.Computed("Source", "The component that reported the event.", (resource, _) => Source(resource), priority: 1),
        BuiltInColumns.Computed("Message", "The event message.", (resource, _) => (Text(resource, "message") ?? Text(resource, "note") ?? "").Trim()),
        BuiltInColumns.Computed("First Seen", "Time since the event was first observed.", (resource, now) => FirstSeen(resource, now), priority: 1),
        BuiltInColumns.Computed("Count", "How often the event occurred.", (resource, _) => Count(resource), priority: 1),
        new("Name", "string", "name", "The event name.", 1, ".metadata.name"),
    ];

    private static string FirstSeen(JsonObject resource, DateTimeOffset now)
    {
        var first = resource["firstTimestamp"] ?? resource["deprecatedFirstTimestamp"];

        return TableCells.TryParseTime(first, out _) ? TableCells.Age(first, now) : TableCells.Age(resource["eventTime"], now);
    }

    private static string LastSeen(JsonObject resource, DateTimeOffset now)
    {
        var seriesTime = resource["series"]?["lastObservedTime"];
        if (TableCells.TryParseTime(seriesTime, out _))
        {
            return TableCells.Age(seriesTime, now);
        }

        var last = resource["lastTimestamp"] ?? resource["deprecatedLastTimestamp"];

        return TableCells.TryParseTime(last, out _) ? TableCells.Age(last, now) : FirstSeen(resource, now);
    }

    private static long Count(JsonObject resource)
    {
        var count = resource["series"]?["count"] ?? resource["count"] ?? resource["deprecatedCount"];

        return JsonValueText.TryGetLong(count, out var value) && value > 0 ? value : 1;
    }

    private static JsonNode? Regarding(JsonObject resource) => resource["involvedObject"] ?? resource["regarding"];

    private static string Target(JsonObject resource)
    {
        var regarding = Regarding(resource);
        var kind = (Text(regarding, "kind") ?? "").ToLowerInvariant();
        var name = Text(regarding, "name");

        return string.IsNullOrEmpty(name) ? kind : $"{kind}/{name}";
    }

    private static string Source(JsonObject resource)
    {
        var source = resource["source"] ?? resource["deprecatedSource"];
        var component = Text(source, "component") ?? Text(resource, "reportingController") ?? Text(resource, "reportingComponent") ?? "";
        var host = Text(source, "host") ?? Text(resource, "reportingInstance") ?? "";

        return host.Length == 0 ? component : $"{component}, {host}";
    }

    private static string? Text(JsonNode? node, string field)
    {
        var value = node?[field];

        return value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }
}
