using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Storage;

/// <summary>
/// One immutable stored object: its JSON encoding plus the facts selectors, watches and garbage collection read
/// without parsing it again.
/// </summary>
internal sealed class StoredObject
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    private StoredObject(string ns, string name, string uid, long resourceVersion, byte[] json)
    {
        Namespace = ns;
        Name = name;
        Uid = uid;
        ResourceVersion = resourceVersion;
        Json = json;
    }

    /// <summary>The namespace, empty for a cluster-scoped object.</summary>
    public string Namespace { get; }

    public string Name { get; }

    public string Uid { get; }

    public long ResourceVersion { get; }

    /// <summary>The UTF-8 JSON of the object in its storage version.</summary>
    public byte[] Json { get; }

    public IReadOnlyDictionary<string, string> Labels { get; private init; } = NoLabels;

    /// <summary>The values of the resource's selectable fields, keyed by field label.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; private init; } = NoLabels;

    public IReadOnlyList<string> OwnerUids { get; private init; } = [];

    public IReadOnlyList<string> Finalizers { get; private init; } = [];

    public bool IsDeleting { get; private init; }

    /// <summary>The store key: <c>namespace/name</c>, or the name alone for a cluster-scoped object.</summary>
    public string Key => Namespace.Length == 0 ? Name : $"{Namespace}/{Name}";

    public static StoredObject Create(JsonObject obj, IReadOnlyDictionary<string, Func<JsonObject, string>> selectableFields)
    {
        JsonObject metadata = obj["metadata"] as JsonObject ?? throw new InvalidOperationException("A stored object needs metadata.");
        string ns = (string?)metadata["namespace"] ?? string.Empty;
        string name = (string?)metadata["name"] ?? throw new InvalidOperationException("A stored object needs a name.");
        string uid = (string?)metadata["uid"] ?? string.Empty;
        long rv = long.Parse((string?)metadata["resourceVersion"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        Dictionary<string, string>? fields = null;
        if (selectableFields.Count > 0)
        {
            fields = new Dictionary<string, string>(selectableFields.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, Func<JsonObject, string>> field in selectableFields)
            {
                fields[field.Key] = field.Value(obj);
            }
        }

        return new StoredObject(ns, name, uid, rv, JsonSerializer.SerializeToUtf8Bytes(obj, Api.JsonDefaults.Options))
        {
            Labels = ReadMap(metadata["labels"]) ?? NoLabels,
            Fields = fields ?? NoLabels,
            OwnerUids = ReadOwnerUids(metadata["ownerReferences"]),
            Finalizers = ReadStrings(metadata["finalizers"]),
            IsDeleting = metadata["deletionTimestamp"] is not null,
        };
    }

    /// <summary>Parses a fresh, mutable copy of the object.</summary>
    public JsonObject Parse() => JsonNode.Parse(Json)!.AsObject();

    private static Dictionary<string, string>? ReadMap(JsonNode? node)
    {
        if (node is not JsonObject map || map.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, string>(map.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode?> entry in map)
        {
            result[entry.Key] = entry.Value?.ToString() ?? string.Empty;
        }

        return result;
    }

    private static string[] ReadOwnerUids(JsonNode? node)
    {
        if (node is not JsonArray owners || owners.Count == 0)
        {
            return [];
        }

        return owners.Select(o => (string?)o?["uid"]).Where(u => !string.IsNullOrEmpty(u)).Select(u => u!).ToArray();
    }

    private static string[] ReadStrings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.ToString() ?? string.Empty).ToArray() : [];
}
