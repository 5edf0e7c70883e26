using Kube.Emulator.Resources;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Engine;

/// <summary>Namespace deletion: the namespace stays Terminating until every object in it is gone.</summary>
internal sealed partial class Cluster
{
    private IEnumerable<ResourceType> NamespacedStorageTypes() =>
        Registry.All.Where(t => t.Namespaced && t.ApiVersion == t.StorageApiVersion).DistinctBy(t => t.StorageKey);

    private bool NamespaceHasContent(string ns) =>
        NamespacedStorageTypes().Any(t => Store.Enumerate(t.StorageKey, ns).Any());

    private void DeleteNamespaceContent(string ns)
    {
        foreach (ResourceType type in NamespacedStorageTypes())
        {
            foreach (StoredObject obj in Store.Enumerate(type.StorageKey, ns).ToList())
            {
                if (!obj.IsDeleting)
                {
                    DeleteLocked(type, obj, PropagationPolicy.Background);
                }
            }
        }

        CompleteTerminatingNamespace(ns);
    }

    private void CompleteTerminatingNamespace(string ns)
    {
        if (ns.Length == 0)
        {
            return;
        }

        StoredObject? namespaceObject = Store.Get(Namespaces.StorageKey, string.Empty, ns);
        if (namespaceObject is { IsDeleting: true, Finalizers.Count: 0 } && !NamespaceHasContent(ns))
        {
            RemoveLocked(Namespaces, namespaceObject);
        }
    }
}
