namespace Kube.Emulator.Storage;

internal sealed partial class ObjectStore
{
    /// <summary>
    /// Opens a watch from <paramref name="fromResourceVersion"/> (null: synthetic ADDED events for the current
    /// objects first). Returns null when that resourceVersion is older than the history keeps.
    /// </summary>
    public Watcher? OpenWatch(string storageKey, string? ns, Func<StoredObject, bool> matches, long? fromResourceVersion, int limit)
    {
        var watcher = new Watcher(storageKey, matches, limit);
        if (fromResourceVersion is { } from)
        {
            if (from < HistoryFloor)
            {
                return null;
            }

            foreach (WatchEvent watchEvent in _history)
            {
                if (watchEvent.ResourceVersion > from && watchEvent.StorageKey == storageKey)
                {
                    watcher.Offer(watchEvent);
                }
            }
        }
        else
        {
            foreach (StoredObject obj in Enumerate(storageKey, ns))
            {
                if (matches(obj))
                {
                    watcher.OfferInitial(new WatchEvent(obj.ResourceVersion, storageKey, WatchEventType.Added, obj, null));
                }
            }
        }

        if (!_watchers.TryGetValue(storageKey, out var list))
        {
            list = [];
            _watchers[storageKey] = list;
        }

        list.Add(watcher);

        return watcher;
    }

    public void CloseWatch(Watcher watcher)
    {
        watcher.Close();
        if (_watchers.TryGetValue(watcher.StorageKey, out var list))
        {
            list.Remove(watcher);
        }
    }

    /// <summary>Closes every watch of a resource, used when its CRD goes away.</summary>
    public void CloseWatches(string storageKey)
    {
        if (_watchers.Remove(storageKey, out var list))
        {
            foreach (Watcher watcher in list)
            {
                watcher.Close();
            }
        }
    }

    /// <summary>Removes every object of a resource without events, used when its CRD goes away.</summary>
    public void DropBucket(string storageKey) => _buckets.Remove(storageKey);

    public int WatcherCount => _watchers.Values.Sum(l => l.Count);

    private void Publish(WatchEvent watchEvent)
    {
        _history.Enqueue(watchEvent);
        while (_history.Count > _historySize)
        {
            HistoryFloor = _history.Dequeue().ResourceVersion;
        }

        if (!_watchers.TryGetValue(watchEvent.StorageKey, out var list))
        {
            return;
        }

        bool anyClosed = false;
        foreach (Watcher watcher in list)
        {
            watcher.Offer(watchEvent);
            anyClosed |= watcher.IsClosed;
        }

        if (anyClosed)
        {
            list.RemoveAll(w => w.IsClosed);
        }
    }
}
