using System.Text.Json.Nodes;
using Kube.Emulator.Resources;
using Kube.Emulator.Schema;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Engine;

/// <summary>
/// CustomResourceDefinition registration: a stored CRD serves its resources at once, with its status set as the
/// CRD controllers would set it; deleting the CRD removes its objects and its resources.
/// </summary>
internal sealed partial class Cluster
{
    private const string CrdStorageKey = "apiextensions.k8s.io/customresourcedefinitions";

    private static bool IsCrd(ResourceType type) => type.StorageKey == CrdStorageKey;

    private void BeforeStoreCustomResourceDefinition(ResourceType type, JsonObject crd, JsonObject? old)
    {
        if (!IsCrd(type))
        {
            return;
        }

        JsonObject names = crd["spec"]!["names"]!.AsObject();
        string kind = (string)names["kind"]!;
        names["singular"] ??= kind.ToLowerInvariant();
        names["listKind"] ??= kind + "List";

        string now = Now();
        var storedVersions = new List<string>();
        if (old?["status"]?["storedVersions"] is JsonArray previous)
        {
            storedVersions.AddRange(previous.Select(v => v!.ToString()));
        }

        string storage = StorageVersionOf(crd);
        if (!storedVersions.Contains(storage))
        {
            storedVersions.Add(storage);
        }

        crd["status"] = new JsonObject
        {
            ["conditions"] = new JsonArray(
                Condition("NamesAccepted", "NoConflicts", "no conflicts found", now),
                Condition("Established", "InitialNamesAccepted", "the initial names have been accepted", now)),
            ["acceptedNames"] = names.DeepClone(),
            ["storedVersions"] = new JsonArray(storedVersions.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        };
    }

    private void AfterStoreCustomResourceDefinition(ResourceType type, StoredObject committed)
    {
        if (!IsCrd(type) || committed.IsDeleting)
        {
            return;
        }

        JsonObject crd = committed.Parse();
        string crdName = committed.Name;
        List<ResourceType> types = CustomResourceTypes(crd, committed.Uid);
        ResourceType? previous = Registry.All.FirstOrDefault(t => t.Custom?.CrdName == crdName);
        Registry.Replace(t => t.Custom?.CrdName == crdName, types);
        if (previous is null || types.Count == 0)
        {
            return;
        }

        if (previous.StorageKey != types[0].StorageKey)
        {
            Store.CloseWatches(previous.StorageKey);
        }
        else if (previous.StorageApiVersion != types[0].StorageApiVersion)
        {
            MigrateStorageVersion(types[0]);
        }
    }

    /// <summary>
    /// Rewrites stored objects in a new storage version. Versions differ only in apiVersion (conversion strategy
    /// None), so the objects keep their resourceVersion and watchers get no event.
    /// </summary>
    private void MigrateStorageVersion(ResourceType any)
    {
        foreach (StoredObject obj in Store.Enumerate(any.StorageKey, null).ToList())
        {
            JsonObject json = obj.Parse();
            json["apiVersion"] = any.StorageApiVersion;
            Store.Rewrite(any.StorageKey, StoredObject.Create(json, any.SelectableFields));
        }
    }

    private void AfterRemoveCustomResourceDefinition(ResourceType type, StoredObject removed)
    {
        if (!IsCrd(type))
        {
            return;
        }

        ResourceType? storage = Registry.All.FirstOrDefault(t => t.Custom?.CrdName == removed.Name && t.ApiVersion == t.StorageApiVersion);
        if (storage is not null)
        {
            foreach (StoredObject obj in Store.Enumerate(storage.StorageKey, null).ToList())
            {
                RemoveLocked(storage, obj);
            }

            Store.CloseWatches(storage.StorageKey);
            Store.DropBucket(storage.StorageKey);
        }

        Registry.Replace(t => t.Custom?.CrdName == removed.Name, []);
    }

    private static List<ResourceType> CustomResourceTypes(JsonObject crd, string uid)
    {
        JsonObject spec = crd["spec"]!.AsObject();
        JsonObject names = spec["names"]!.AsObject();
        string group = (string)spec["group"]!;
        string plural = (string)names["plural"]!;
        string kind = (string)names["kind"]!;
        string storageVersion = StorageVersionOf(crd);
        var types = new List<ResourceType>();
        foreach (JsonObject version in spec["versions"]!.AsArray().OfType<JsonObject>())
        {
            if ((bool?)version["served"] == false)
            {
                continue;
            }

            JsonObject? schema = version["schema"]?["openAPIV3Schema"] as JsonObject;
            types.Add(new ResourceType
            {
                Group = group,
                Version = (string)version["name"]!,
                Plural = plural,
                Singular = (string?)names["singular"] ?? kind.ToLowerInvariant(),
                Kind = kind,
                Namespaced = (string?)spec["scope"] != "Cluster",
                ShortNames = Strings(names["shortNames"]),
                Categories = Strings(names["categories"]),
                HasStatus = version["subresources"]?["status"] is not null,
                TracksGeneration = true,
                StorageKey = $"{group}/{plural}",
                StorageApiVersion = $"{group}/{storageVersion}",
                Custom = new CustomResourceVersion(
                    (string)crd["metadata"]!["name"]!,
                    uid,
                    schema,
                    schema is null ? null : StructuralSchema.Parse(schema),
                    Columns(version["additionalPrinterColumns"]),
                    true),
            });
        }

        return types;
    }

    private static string StorageVersionOf(JsonObject crd) =>
        crd["spec"]!["versions"]!.AsArray().OfType<JsonObject>().Where(v => (bool?)v["storage"] == true).Select(v => (string)v["name"]!).FirstOrDefault()
        ?? (string)crd["spec"]!["versions"]![0]!["name"]!;

    private static List<PrinterColumn> Columns(JsonNode? node) =>
        node is JsonArray columns
            ? columns.OfType<JsonObject>().Select(c => new PrinterColumn(
                (string?)c["name"] ?? string.Empty,
                (string?)c["type"] ?? "string",
                (string?)c["format"] ?? string.Empty,
                (string?)c["description"] ?? string.Empty,
                (int?)c["priority"] ?? 0,
                (string?)c["jsonPath"] ?? string.Empty)).ToList()
            : [];

    private static string[] Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.ToString() ?? string.Empty).ToArray() : [];

    private static JsonObject Condition(string type, string reason, string message, string now) => new()
    {
        ["type"] = type,
        ["status"] = "True",
        ["lastTransitionTime"] = now,
        ["reason"] = reason,
        ["message"] = message,
    };
}
