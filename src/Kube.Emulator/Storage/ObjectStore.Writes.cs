namespace Kube.Emulator.Storage;

internal sealed partial class ObjectStore
{
    /// <summary>Stores a created or modified object and sends the event to the history and the watchers.</summary>
    public void Put(string storageKey, StoredObject obj)
    {
        if (!_buckets.TryGetValue(storageKey, out var namespaces))
        {
            namespaces = new SortedDictionary<string, SortedDictionary<string, StoredObject>>(StringComparer.Ordinal);
            _buckets[storageKey] = namespaces;
        }

        if (!namespaces.TryGetValue(obj.Namespace, out var names))
        {
            names = new SortedDictionary<string, StoredObject>(StringComparer.Ordinal);
            namespaces[obj.Namespace] = names;
        }

        names.TryGetValue(obj.Name, out StoredObject? previous);
        names[obj.Name] = obj;
        _byUid[obj.Uid] = (storageKey, obj.Namespace, obj.Name);
        IndexOwners(storageKey, previous, obj);

        Publish(new WatchEvent(obj.ResourceVersion, storageKey, previous is null ? WatchEventType.Added : WatchEventType.Modified, obj, previous));
    }

    /// <summary>Swaps in a new encoding of a stored object (same resourceVersion) without an event.</summary>
    public void Rewrite(string storageKey, StoredObject obj)
    {
        if (_buckets.TryGetValue(storageKey, out var namespaces) && namespaces.TryGetValue(obj.Namespace, out var names) && names.ContainsKey(obj.Name))
        {
            names[obj.Name] = obj;
        }
    }

    /// <summary>Removes an object; <paramref name="final"/> is its last state, carrying the resourceVersion of the deletion.</summary>
    public void Remove(string storageKey, StoredObject final)
    {
        if (!_buckets.TryGetValue(storageKey, out var namespaces) || !namespaces.TryGetValue(final.Namespace, out var names) || !names.Remove(final.Name, out StoredObject? previous))
        {
            return;
        }

        if (names.Count == 0)
        {
            namespaces.Remove(final.Namespace);
        }

        _byUid.Remove(previous.Uid);
        IndexOwners(storageKey, previous, null);

        Publish(new WatchEvent(final.ResourceVersion, storageKey, WatchEventType.Deleted, final, previous));
    }

    private void IndexOwners(string storageKey, StoredObject? previous, StoredObject? current)
    {
        if (previous is not null)
        {
            foreach (string owner in previous.OwnerUids)
            {
                if (_dependents.TryGetValue(owner, out var set) && set.Remove((storageKey, previous.Namespace, previous.Name)) && set.Count == 0)
                {
                    _dependents.Remove(owner);
                }
            }
        }

        if (current is not null)
        {
            foreach (string owner in current.OwnerUids)
            {
                if (!_dependents.TryGetValue(owner, out var set))
                {
                    set = [];
                    _dependents[owner] = set;
                }

                set.Add((storageKey, current.Namespace, current.Name));
            }
        }
    }
}
