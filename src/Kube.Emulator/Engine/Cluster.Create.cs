using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Engine;

internal sealed partial class Cluster
{
    private static readonly string[] ServerSetMetadata = ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "selfLink", "managedFields"];

    /// <summary>Creates an object from a request body (returning its served JSON) in the served form of <paramref name="type"/>.</summary>
    public byte[] Create(ResourceType type, JsonObject body, string? ns, WriteOptions options)
    {
        lock (Store.SyncRoot)
        {
            return CreateLocked(type, body, ns, options.DryRun, options);
        }
    }

    private byte[] CreateLocked(ResourceType type, JsonObject body, string? ns, bool dryRun, WriteOptions? options = null)
    {
        options ??= WriteOptions.Default;
        CheckTypeMeta(type, body);
        JsonObject metadata = (JsonObject)body["metadata"]!;
        SetNamespace(type, metadata, ns);
        if (metadata["resourceVersion"] is { } rv && rv.ToString().Length > 0)
        {
            throw new ApiException(500, "InternalError", "Internal error occurred: resourceVersion should not be set on objects to be created");
        }

        foreach (string field in ServerSetMetadata)
        {
            metadata.Remove(field);
        }

        string name = (string?)metadata["name"] ?? string.Empty;
        if (name.Length == 0 && (string?)metadata["generateName"] is { Length: > 0 } prefix)
        {
            do
            {
                name = GenerateName(prefix);
            }
            while (Store.Get(type.StorageKey, NamespaceOf(type, metadata), name) is not null);

            metadata["name"] = name;
        }

        if (type.HasStatus && type.Plural != "namespaces")
        {
            body.Remove("status");
        }

        Admit(type, body, null, options);
        string objectNamespace = NamespaceOf(type, metadata);
        CheckNamespaceExists(type, objectNamespace);
        if (Store.Get(type.StorageKey, objectNamespace, name) is not null)
        {
            throw ApiException.AlreadyExists(type.QualifiedName, name);
        }

        metadata["uid"] = Guid.NewGuid().ToString();
        metadata["creationTimestamp"] = Now();
        if (type.TracksGeneration)
        {
            metadata["generation"] = 1;
        }

        BeforeStoreCustomResourceDefinition(type, body, null);
        JsonObject stored = ToStorage(type, body.DeepClone().AsObject());
        if (dryRun)
        {
            metadata["resourceVersion"] = Store.CurrentResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Serialize(body);
        }

        StoredObject committed = Commit(type, stored, Store.NextResourceVersion());
        Store.Put(type.StorageKey, committed);
        AfterStoreCustomResourceDefinition(type, committed);

        return ServedBytes(type, committed);
    }

    private static void SetNamespace(ResourceType type, JsonObject metadata, string? ns)
    {
        if (!type.Namespaced)
        {
            metadata.Remove("namespace");
            return;
        }

        string? bodyNamespace = (string?)metadata["namespace"];
        if (!string.IsNullOrEmpty(bodyNamespace) && ns is not null && bodyNamespace != ns)
        {
            throw ApiException.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        metadata["namespace"] = ns ?? bodyNamespace ?? "default";
    }

    private static string NamespaceOf(ResourceType type, JsonObject metadata) =>
        type.Namespaced ? (string?)metadata["namespace"] ?? string.Empty : string.Empty;

    private void CheckNamespaceExists(ResourceType type, string ns)
    {
        if (!type.Namespaced || !Options.RequireNamespaces)
        {
            return;
        }

        StoredObject? found = Store.Get(Namespaces.StorageKey, string.Empty, ns);
        if (found is null)
        {
            throw ApiException.NotFound("namespaces", ns);
        }

        if (found.IsDeleting)
        {
            throw new ApiException(403, "Forbidden", $"{type.Plural} \"{ns}\" is forbidden: unable to create new content in namespace {ns} because it is being terminated");
        }
    }
}
