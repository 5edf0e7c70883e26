using System.Text.Json.Nodes;

namespace Kube.Emulator.Resources;

/// <summary>
/// Converts between the stored core v1 Event and the events.k8s.io/v1 view of the same object, renaming fields as
/// the real server's conversion does (involvedObject to regarding, message to note, count to deprecatedCount...).
/// </summary>
internal static class EventConversion
{
    private static readonly (string Core, string Events)[] Renames =
    [
        ("involvedObject", "regarding"),
        ("message", "note"),
        ("reportingComponent", "reportingController"),
        ("source", "deprecatedSource"),
        ("firstTimestamp", "deprecatedFirstTimestamp"),
        ("lastTimestamp", "deprecatedLastTimestamp"),
        ("count", "deprecatedCount"),
    ];

    public static JsonObject ToEventsV1(JsonObject core)
    {
        var result = Rename(core, Renames.Select(r => (r.Core, r.Events)));
        result["apiVersion"] = "events.k8s.io/v1";
        return result;
    }

    public static JsonObject ToCoreV1(JsonObject eventsV1)
    {
        var result = Rename(eventsV1, Renames.Select(r => (r.Events, r.Core)));
        result["apiVersion"] = "v1";

        return result;
    }

    private static JsonObject Rename(JsonObject source, IEnumerable<(string From, string To)> renames)
    {
        Dictionary<string, string> map = renames.ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
        var result = new JsonObject();
        foreach (KeyValuePair<string, JsonNode?> property in source)
        {
            string name = map.TryGetValue(property.Key, out string? renamed) ? renamed : property.Key;
            result[name] = property.Value?.DeepClone();
        }

        return result;
    }
}
