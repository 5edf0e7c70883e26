using System.Text.Json.Nodes;
using Kube.Emulator.Resources;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Engine;

/// <summary>
/// Garbage collection by ownerReferences, run at once inside the deleting request instead of by a controller a
/// moment later. Dependents are found by the owner's uid.
/// </summary>
internal sealed partial class Cluster
{
    /// <summary>
    /// Deletes the dependents of an owner that is gone (or in foreground deletion when <paramref name="ownerStays"/>).
    /// A dependent with another live owner only loses the reference, as the real collector does.
    /// </summary>
    private void CollectDependents(string ownerUid, bool ownerStays)
    {
        foreach (StoredObject dependent in Store.DependentsOf(ownerUid))
        {
            bool otherOwnerLives = dependent.OwnerUids.Any(u => u != ownerUid && Store.GetByUid(u) is not null);
            ResourceType? type = StorageTypeOf(dependent);
            if (type is null)
            {
                continue;
            }

            if (otherOwnerLives)
            {
                RemoveOwnerReference(type, dependent, ownerUid);
            }
            else if (!dependent.IsDeleting || (ownerStays && dependent.Finalizers.Count == 0))
            {
                DeleteLocked(type, dependent, PropagationPolicy.Background);
            }
        }
    }

    /// <summary>Removes the owner's reference from every dependent (<c>propagationPolicy: Orphan</c>).</summary>
    private void OrphanDependents(string ownerUid)
    {
        foreach (StoredObject dependent in Store.DependentsOf(ownerUid))
        {
            if (StorageTypeOf(dependent) is { } type)
            {
                RemoveOwnerReference(type, dependent, ownerUid);
            }
        }
    }

    /// <summary>Finishes the foreground deletion of owners whose last dependent just went away.</summary>
    private void CompleteForegroundOwners(StoredObject removed)
    {
        foreach (string ownerUid in removed.OwnerUids)
        {
            StoredObject? owner = Store.GetByUid(ownerUid);
            if (owner is null || !owner.IsDeleting || !owner.Finalizers.Contains(ForegroundFinalizer) || Store.DependentsOf(ownerUid).Count > 0)
            {
                continue;
            }

            ResourceType? type = StorageTypeOf(owner);
            if (type is null)
            {
                continue;
            }

            JsonObject json = owner.Parse();
            JsonArray remaining = new(owner.Finalizers.Where(f => f != ForegroundFinalizer).Select(f => (JsonNode?)JsonValue.Create(f)).ToArray());
            json["metadata"]!["finalizers"] = remaining;
            if (remaining.Count == 0)
            {
                json["metadata"]!.AsObject().Remove("finalizers");
                RemoveLocked(type, StoredObject.Create(json, type.SelectableFields));
                continue;
            }

            StoredObject updated = Commit(type, json, Store.NextResourceVersion());
            Store.Put(type.StorageKey, updated);
        }
    }

    private void RemoveOwnerReference(ResourceType type, StoredObject dependent, string ownerUid)
    {
        JsonObject json = dependent.Parse();
        JsonObject metadata = (JsonObject)json["metadata"]!;
        if (metadata["ownerReferences"] is JsonArray owners)
        {
            var kept = new JsonArray(owners.Where(o => (string?)o?["uid"] != ownerUid).Select(o => o?.DeepClone()).ToArray());
            if (kept.Count == 0)
            {
                metadata.Remove("ownerReferences");
            }
            else
            {
                metadata["ownerReferences"] = kept;
            }
        }

        StoredObject updated = Commit(type, json, Store.NextResourceVersion());
        Store.Put(type.StorageKey, updated);
    }

    private ResourceType? StorageTypeOf(StoredObject obj)
    {
        string? key = Store.StorageKeyOfUid(obj.Uid);

        return key is null ? null : Registry.ByStorageKey(key).FirstOrDefault(t => t.ApiVersion == t.StorageApiVersion);
    }
}
