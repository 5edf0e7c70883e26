using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Engine;

internal sealed partial class Cluster
{
    private static readonly string[] PreservedMetadata = ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"];

    /// <summary>
    /// Replaces an object with what <paramref name="produce"/> makes of its current served form (a PUT body, or
    /// the result of a patch). <paramref name="subresource"/> "status" keeps everything but the status.
    /// With <paramref name="createIfMissing"/> a missing object is created from <c>produce(null)</c> (server-side apply).
    /// </summary>
    public byte[] Update(ResourceType type, string ns, string name, string? subresource, Func<JsonObject?, JsonObject> produce, WriteOptions options, bool createIfMissing = false)
    {
        lock (Store.SyncRoot)
        {
            StoredObject? old = Store.Get(type.StorageKey, type.Namespaced ? ns : string.Empty, name);
            if (old is null)
            {
                if (createIfMissing && subresource is null)
                {
                    JsonObject created = produce(null);
                    return CreateLocked(type, created, type.Namespaced ? ns : null, options.DryRun, options);
                }

                throw ApiException.NotFound(type.QualifiedName, name);
            }

            JsonObject oldStored = old.Parse();
            JsonObject oldServed = ToServed(type, oldStored.DeepClone().AsObject());
            JsonObject body = produce(oldServed.DeepClone().AsObject());
            CheckTypeMeta(type, body);

            return UpdateLocked(type, old, oldStored, oldServed, body, subresource, options);
        }
    }

    private byte[] UpdateLocked(ResourceType type, StoredObject old, JsonObject oldStored, JsonObject oldServed, JsonObject body, string? subresource, WriteOptions options)
    {
        JsonObject metadata = (JsonObject)body["metadata"]!;
        JsonObject oldMetadata = (JsonObject)oldServed["metadata"]!;
        CheckIdentity(type, old, metadata);
        string? requestedVersion = (string?)metadata["resourceVersion"];
        if (!string.IsNullOrEmpty(requestedVersion) && requestedVersion != (string?)oldMetadata["resourceVersion"])
        {
            throw ApiException.StaleUpdate(type.QualifiedName, old.Name);
        }

        if (subresource == "status")
        {
            JsonNode? status = body["status"]?.DeepClone();
            body = oldServed.DeepClone().AsObject();
            body["status"] = status;
            metadata = (JsonObject)body["metadata"]!;
        }
        else if (type.HasStatus)
        {
            body["status"] = oldServed["status"]?.DeepClone();
        }

        if (body["status"] is null)
        {
            body.Remove("status");
        }

        foreach (string field in PreservedMetadata)
        {
            metadata[field] = oldMetadata[field]?.DeepClone();
            if (metadata[field] is null)
            {
                metadata.Remove(field);
            }
        }

        metadata.Remove("managedFields");
        CheckFinalizersWhileDeleting(type, old, metadata);
        Admit(type, body, oldServed, options);
        BumpGeneration(type, body, oldServed);
        metadata["resourceVersion"] = oldMetadata["resourceVersion"]?.DeepClone();

        JsonObject stored = ToStorage(type, body.DeepClone().AsObject());
        if (JsonNode.DeepEquals(stored, oldStored) || options.DryRun)
        {
            return options.DryRun ? Serialize(body) : ServedBytes(type, old);
        }

        BeforeStoreCustomResourceDefinition(type, body, oldServed);
        stored = ToStorage(type, body.DeepClone().AsObject());
        StoredObject committed = Commit(type, stored, Store.NextResourceVersion());
        if (committed.IsDeleting && committed.Finalizers.Count == 0)
        {
            RemoveLocked(StorageType(type), committed);
            return ServedBytes(type, committed);
        }

        Store.Put(type.StorageKey, committed);
        AfterStoreCustomResourceDefinition(type, committed);

        return ServedBytes(type, committed);
    }

    private static void CheckIdentity(ResourceType type, StoredObject old, JsonObject metadata)
    {
        string? name = (string?)metadata["name"];
        if (string.IsNullOrEmpty(name))
        {
            metadata["name"] = old.Name;
        }
        else if (name != old.Name)
        {
            throw ApiException.BadRequest($"the name of the object ({name}) does not match the name on the URL ({old.Name})");
        }

        if (type.Namespaced)
        {
            string? ns = (string?)metadata["namespace"];
            if (!string.IsNullOrEmpty(ns) && ns != old.Namespace)
            {
                throw ApiException.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }

            metadata["namespace"] = old.Namespace;
        }
        else
        {
            metadata.Remove("namespace");
        }

        string? uid = (string?)metadata["uid"];
        if (!string.IsNullOrEmpty(uid) && uid != old.Uid)
        {
            throw ApiException.Conflict(type.QualifiedName, old.Name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {old.Uid}");
        }
    }

    private static void CheckFinalizersWhileDeleting(ResourceType type, StoredObject old, JsonObject metadata)
    {
        if (!old.IsDeleting)
        {
            return;
        }

        string[] finalizers = metadata["finalizers"] is JsonArray array ? array.Select(f => f?.ToString() ?? string.Empty).ToArray() : [];
        string[] added = finalizers.Except(old.Finalizers).ToArray();
        if (added.Length > 0)
        {
            throw ApiException.Invalid(type.Kind, type.Group, old.Name, [StatusCause.Forbidden("metadata.finalizers", $"no new finalizers can be added if the object is being deleted, found new finalizers []string{{\"{string.Join("\", \"", added)}\"}}")]);
        }
    }

    private static void BumpGeneration(ResourceType type, JsonObject body, JsonObject oldServed)
    {
        if (!type.TracksGeneration)
        {
            return;
        }

        long generation = (long?)oldServed["metadata"]?["generation"] ?? 1;
        if (!JsonNode.DeepEquals(WithoutMetadata(body, type.HasStatus), WithoutMetadata(oldServed, type.HasStatus)))
        {
            generation++;
        }

        body["metadata"]!["generation"] = generation;
    }

    private static JsonObject WithoutMetadata(JsonObject obj, bool withoutStatus)
    {
        var copy = new JsonObject();
        foreach (KeyValuePair<string, JsonNode?> property in obj)
        {
            if (property.Key is "metadata" or "apiVersion" or "kind" || (withoutStatus && property.Key == "status"))
            {
                continue;
            }

            copy[property.Key] = property.Value?.DeepClone();
        }

        return copy;
    }
}
