using System.Globalization;
using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Engine;

internal sealed partial class Cluster
{
    private const string ForegroundFinalizer = "foregroundDeletion";

    /// <summary>
    /// Deletes an object. Returns its last served state and whether it is gone; an object with finalizers stays,
    /// marked with a deletionTimestamp, until they are removed.
    /// </summary>
    public (JsonObject Object, bool Removed) Delete(ResourceType type, string ns, string name, DeleteRequest request)
    {
        lock (Store.SyncRoot)
        {
            StoredObject old = Store.Get(type.StorageKey, type.Namespaced ? ns : string.Empty, name)
                ?? throw ApiException.NotFound(type.QualifiedName, name);
            if (type.StorageKey == Namespaces.StorageKey && name is "default" or "kube-system" or "kube-public")
            {
                throw new ApiException(403, "Forbidden", $"namespaces \"{name}\" is forbidden: this namespace may not be deleted", new StatusDetails(name, null, "namespaces"));
            }
            if (request.PreconditionUid is { Length: > 0 } uid && uid != old.Uid)
            {
                throw ApiException.Conflict(type.QualifiedName, name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {old.Uid}");
            }

            string oldVersion = old.ResourceVersion.ToString(CultureInfo.InvariantCulture);
            if (request.PreconditionResourceVersion is { Length: > 0 } rv && rv != oldVersion)
            {
                throw ApiException.Conflict(type.QualifiedName, name, $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {oldVersion}");
            }

            if (request.DryRun)
            {
                return (ToServed(type, old.Parse()), true);
            }

            (StoredObject last, bool removed) = DeleteLocked(StorageType(type), old, request.Policy);

            return (ToServed(type, last.Parse()), removed);
        }
    }

    /// <summary>Deletes every object of a list request's selection, one by one, and returns them.</summary>
    public IReadOnlyList<JsonObject> DeleteCollection(ResourceType type, string? ns, Func<StoredObject, bool> matches, DeleteRequest request)
    {
        lock (Store.SyncRoot)
        {
            var deleted = new List<JsonObject>();
            foreach (StoredObject obj in Store.Enumerate(type.StorageKey, ns).Where(matches).ToList())
            {
                if (request.DryRun)
                {
                    deleted.Add(ToServed(type, obj.Parse()));
                    continue;
                }

                (StoredObject last, _) = DeleteLocked(StorageType(type), obj, request.Policy);
                deleted.Add(ToServed(type, last.Parse()));
            }

            return deleted;
        }
    }

    private (StoredObject Last, bool Removed) DeleteLocked(ResourceType storageType, StoredObject obj, PropagationPolicy policy)
    {
        if (policy == PropagationPolicy.Orphan)
        {
            OrphanDependents(obj.Uid);
        }

        bool foreground = policy == PropagationPolicy.Foreground && Store.DependentsOf(obj.Uid).Count > 0;
        bool isNamespace = storageType.StorageKey == Namespaces.StorageKey;
        if (obj.Finalizers.Count == 0 && !foreground && !(isNamespace && NamespaceHasContent(obj.Name)))
        {
            RemoveLocked(storageType, obj);
            return (obj, true);
        }

        StoredObject marked = MarkDeleting(storageType, obj, foreground, isNamespace);
        if (foreground)
        {
            CollectDependents(obj.Uid, ownerStays: true);
        }

        if (isNamespace)
        {
            DeleteNamespaceContent(obj.Name);
        }

        StoredObject current = Store.GetByUid(obj.Uid) ?? marked;

        return (current, Store.GetByUid(obj.Uid) is null);
    }

    private StoredObject MarkDeleting(ResourceType storageType, StoredObject obj, bool foreground, bool isNamespace)
    {
        if (obj.IsDeleting && (!foreground || obj.Finalizers.Contains(ForegroundFinalizer)))
        {
            return obj;
        }

        JsonObject json = obj.Parse();
        JsonObject metadata = (JsonObject)json["metadata"]!;
        metadata["deletionTimestamp"] ??= Now();
        metadata["deletionGracePeriodSeconds"] ??= 0;
        if (foreground && !obj.Finalizers.Contains(ForegroundFinalizer))
        {
            JsonArray finalizers = metadata["finalizers"] as JsonArray ?? [];
            finalizers.Add(ForegroundFinalizer);
            metadata["finalizers"] = finalizers;
        }

        if (isNamespace)
        {
            json["status"] = new JsonObject { ["phase"] = "Terminating" };
        }

        StoredObject marked = Commit(storageType, json, Store.NextResourceVersion());
        Store.Put(storageType.StorageKey, marked);

        return marked;
    }

    /// <summary>Removes an object for good, then lets garbage collection and waiting owners react.</summary>
    private void RemoveLocked(ResourceType storageType, StoredObject obj)
    {
        if (Store.Get(storageType.StorageKey, obj.Namespace, obj.Name) is null)
        {
            return;
        }

        JsonObject json = obj.Parse();
        StoredObject final = Commit(storageType, json, Store.NextResourceVersion());
        Store.Remove(storageType.StorageKey, final);

        AfterRemoveCustomResourceDefinition(storageType, final);
        CollectDependents(obj.Uid, ownerStays: false);
        CompleteForegroundOwners(obj);
        CompleteTerminatingNamespace(obj.Namespace);
    }
}
