using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Engine;

/// <summary>
/// The API semantics over the store: create, update, patch, delete, garbage collection and CRD registration. Every
/// operation runs under the store lock, so it reads and writes one consistent state.
/// </summary>
internal sealed partial class Cluster
{
    private const string GenerateNameAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    public Cluster(KubeEmulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Store = new ObjectStore(options.WatchHistorySize);
        Registry = new ResourceRegistry();
        Registry.Add(Builtins.Create());
        foreach (string ns in new[] { "default", "kube-system", "kube-public", "kube-node-lease" })
        {
            lock (Store.SyncRoot)
            {
                CreateLocked(Namespaces, new JsonObject { ["metadata"] = new JsonObject { ["name"] = ns } }, null, dryRun: false);
            }
        }
    }

    public KubeEmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public ObjectStore Store { get; }

    public ResourceRegistry Registry { get; }

    public ResourceType Namespaces => Registry.Find(string.Empty, "v1", "namespaces")!;

    public string Now() => Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Converts a stored object to the form served by <paramref name="type"/>.</summary>
    public static JsonObject ToServed(ResourceType type, JsonObject stored)
    {
        if (type.FromStorage is { } convert)
        {
            return convert(stored);
        }

        if (type.ApiVersion != type.StorageApiVersion)
        {
            stored["apiVersion"] = type.ApiVersion;
        }

        return stored;
    }

    /// <summary>The JSON of a stored object as <paramref name="type"/> serves it, without copying when nothing changes.</summary>
    public static byte[] ServedBytes(ResourceType type, StoredObject obj) =>
        type.IsServedAsStored ? obj.Json : JsonSerializer.SerializeToUtf8Bytes(ToServed(type, obj.Parse()), JsonDefaults.Options);

    public static byte[] Serialize(JsonObject obj) => JsonSerializer.SerializeToUtf8Bytes(obj, JsonDefaults.Options);

    /// <summary>Converts an object in the served form of <paramref name="type"/> to its storage form.</summary>
    public static JsonObject ToStorage(ResourceType type, JsonObject served)
    {
        if (type.ToStorage is { } convert)
        {
            return convert(served);
        }

        served["apiVersion"] = type.StorageApiVersion;

        return served;
    }

    public ResourceType StorageType(ResourceType type) =>
        Registry.ByStorageKey(type.StorageKey).FirstOrDefault(t => t.ApiVersion == t.StorageApiVersion) ?? type;

    private string GenerateName(string prefix)
    {
        Span<char> suffix = stackalloc char[5];
        for (int i = 0; i < suffix.Length; i++)
        {
            suffix[i] = GenerateNameAlphabet[Random.Shared.Next(GenerateNameAlphabet.Length)];
        }

        return prefix + new string(suffix);
    }

    private StoredObject Commit(ResourceType type, JsonObject obj, long resourceVersion)
    {
        JsonObject metadata = (JsonObject)obj["metadata"]!;
        metadata["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture);
        StoredObject stored = StoredObject.Create(obj, type.SelectableFields);
        if (stored.Json.Length > Options.MaxObjectBytes)
        {
            throw ApiException.TooLarge($"Request entity too large: the encoded object is {stored.Json.Length} bytes, over the limit of {Options.MaxObjectBytes} bytes that the store accepts (etcd's default request limit)");
        }

        return stored;
    }
}
