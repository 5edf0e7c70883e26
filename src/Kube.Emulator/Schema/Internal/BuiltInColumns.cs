using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// The columns the API server's built-in printers produce for the kinds this emulator serves, with the
/// priority 0 columns kubectl shows by default and a few priority 1 columns for <c>-o wide</c>.
/// </summary>
internal static class BuiltInColumns
{
    public static readonly PrinterColumn[] Secret =
    [
        Field("Type", "The type of the secret.", ".type"),
        Computed("Data", "The number of keys in data.", (resource, _) => CountKeys(resource, "data")),
        Age(),
    ];

    public static readonly PrinterColumn[] ConfigMap =
    [
        Computed("Data", "The number of keys in data and binaryData.", (resource, _) => CountKeys(resource, "data") + CountKeys(resource, "binaryData")),
        Age(),
    ];

    public static readonly PrinterColumn[] Namespace =
    [
        Field("Status", "The namespace phase: Active or Terminating.", ".status.phase"),
        Age(),
    ];

    public static readonly PrinterColumn[] Lease =
    [
        Field("Holder", "The identity of the current lease holder.", ".spec.holderIdentity"),
        Age(),
    ];

    public static readonly PrinterColumn[] Deployment =
    [
        Computed("Ready", "Ready replicas out of desired replicas.", (resource, _) => ReadyOfDesired(resource, "readyReplicas")),
        Computed("Up-to-date", "Replicas updated to the current template.", (resource, _) => Long(resource, ".status.updatedReplicas")),
        Computed("Available", "Replicas available to serve.", (resource, _) => Long(resource, ".status.availableReplicas")),
        Age(),
    ];

    public static readonly PrinterColumn[] StatefulSet =
    [
        Computed("Ready", "Ready replicas out of desired replicas.", (resource, _) => ReadyOfDesired(resource, "readyReplicas")),
        Age(),
    ];

    public static readonly PrinterColumn[] DaemonSet =
    [
        Computed("Desired", "Nodes that should run the daemon pod.", (resource, _) => Long(resource, ".status.desiredNumberScheduled")),
        Computed("Current", "Nodes that run the daemon pod.", (resource, _) => Long(resource, ".status.currentNumberScheduled")),
        Computed("Ready", "Nodes with a ready daemon pod.", (resource, _) => Long(resource, ".status.numberReady")),
        Computed("Up-to-date", "Nodes with the current template.", (resource, _) => Long(resource, ".status.updatedNumberScheduled")),
        Computed("Available", "Nodes with an available daemon pod.", (resource, _) => Long(resource, ".status.numberAvailable")),
        Computed("Node Selector", "The node selector of the pod template.", (resource, _) => NodeSelector(resource)),
        Age(),
    ];

    public static readonly PrinterColumn[] CreatedAt =
    [
        new("Created At", "date", "", "When the object was created (metadata.creationTimestamp), in RFC 3339.", 0, ".metadata.creationTimestamp")
        {
            Compute = (resource, _) => CreatedAtCell(resource),
        },
    ];

    public static readonly PrinterColumn[] Event = EventColumns.All;

    public static PrinterColumn Age() =>
        new("Age", "string", "", "Time since the object was created (metadata.creationTimestamp).", 0, ".metadata.creationTimestamp")
        {
            Compute = (resource, now) => TableCells.Age(resource["metadata"]?["creationTimestamp"], now),
        };

    public static PrinterColumn Field(string name, string description, string jsonPath, int priority = 0) =>
        new(name, "string", "", description, priority, jsonPath)
        {
            Compute = (resource, _) => JsonPathEvaluator.Evaluate(resource, jsonPath),
        };

    public static PrinterColumn Computed(string name, string description, Func<JsonObject, DateTimeOffset, JsonNode?> compute, int priority = 0) =>
        new(name, "string", "", description, priority, "") { Compute = compute };

    private static long CountKeys(JsonObject resource, string field) => resource[field] is JsonObject map ? map.Count : 0;

    private static long Long(JsonObject resource, string jsonPath)
    {
        var results = JsonPathEvaluator.FindResults(resource, jsonPath);

        return results.Count > 0 && JsonValueText.TryGetLong(results[0], out var value) ? value : 0;
    }

    private static string ReadyOfDesired(JsonObject resource, string readyField)
    {
        var desired = Long(resource, ".spec.replicas");
        var ready = Long(resource, $".status.{readyField}");

        return string.Create(CultureInfo.InvariantCulture, $"{ready}/{desired}");
    }

    private static string NodeSelector(JsonObject resource)
    {
        if (resource["spec"]?["template"]?["spec"]?["nodeSelector"] is not JsonObject selector || selector.Count == 0)
        {
            return "<none>";
        }

        var pairs = selector
            .Where(pair => pair.Value?.GetValueKind() == JsonValueKind.String)
            .Select(pair => $"{pair.Key}={pair.Value!.GetValue<string>()}")
            .Order(StringComparer.Ordinal);

        return string.Join(",", pairs);
    }

    private static JsonNode? CreatedAtCell(JsonObject resource)
    {
        if (!TableCells.TryParseTime(resource["metadata"]?["creationTimestamp"], out var created))
        {
            return "0001-01-01T00:00:00Z";
        }

        return created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
