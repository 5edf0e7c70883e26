namespace Kube.Emulator.Storage;

/// <summary>
/// The in-memory object store: objects by resource, namespace and name, a global resourceVersion counter, a
/// bounded event history and the open watchers. Callers hold <see cref="SyncRoot"/> around every call, which makes
/// writes linearizable and delivers events to every watcher in resourceVersion order.
/// </summary>
internal sealed partial class ObjectStore
{
    private readonly Dictionary<string, SortedDictionary<string, SortedDictionary<string, StoredObject>>> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<(string StorageKey, string Namespace, string Name)>> _dependents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string StorageKey, string Namespace, string Name)> _byUid = new(StringComparer.Ordinal);
    private readonly Queue<WatchEvent> _history = new();
    private readonly Dictionary<string, List<Watcher>> _watchers = new(StringComparer.Ordinal);
    private readonly int _historySize;
    private long _resourceVersion;

    public ObjectStore(int historySize)
    {
        _historySize = historySize;
    }

    public Lock SyncRoot { get; } = new();

    /// <summary>The resourceVersion of the latest write.</summary>
    public long CurrentResourceVersion => _resourceVersion;

    /// <summary>The oldest resourceVersion a watch may start from: every later event is still in the history.</summary>
    public long HistoryFloor { get; private set; }

    /// <summary>Reserves the resourceVersion of the next write.</summary>
    public long NextResourceVersion() => ++_resourceVersion;

    public StoredObject? Get(string storageKey, string ns, string name)
    {
        if (_buckets.TryGetValue(storageKey, out var namespaces) && namespaces.TryGetValue(ns, out var names) && names.TryGetValue(name, out StoredObject? found))
        {
            return found;
        }

        return null;
    }

    public StoredObject? GetByUid(string uid) =>
        _byUid.TryGetValue(uid, out var location) ? Get(location.StorageKey, location.Namespace, location.Name) : null;

    public string? StorageKeyOfUid(string uid) => _byUid.TryGetValue(uid, out var location) ? location.StorageKey : null;

    /// <summary>Enumerates objects in key order, in one namespace or all, starting after <paramref name="afterKey"/>.</summary>
    public IEnumerable<StoredObject> Enumerate(string storageKey, string? ns, string? afterKey = null)
    {
        if (!_buckets.TryGetValue(storageKey, out var namespaces))
        {
            yield break;
        }

        (string afterNamespace, string afterName) = SplitKey(afterKey);
        foreach (KeyValuePair<string, SortedDictionary<string, StoredObject>> group in namespaces)
        {
            if (ns is not null && group.Key != ns)
            {
                continue;
            }

            int namespaceOrder = afterKey is null ? 1 : string.CompareOrdinal(group.Key, afterNamespace);
            if (namespaceOrder < 0)
            {
                continue;
            }

            foreach (KeyValuePair<string, StoredObject> entry in group.Value)
            {
                if (namespaceOrder == 0 && string.CompareOrdinal(entry.Key, afterName) <= 0)
                {
                    continue;
                }

                yield return entry.Value;
            }
        }
    }

    public int Count(string storageKey) =>
        _buckets.TryGetValue(storageKey, out var namespaces) ? namespaces.Values.Sum(n => n.Count) : 0;

    /// <summary>The dependents of an owner: every object whose ownerReferences name its uid.</summary>
    public IReadOnlyList<StoredObject> DependentsOf(string ownerUid)
    {
        if (!_dependents.TryGetValue(ownerUid, out var refs))
        {
            return [];
        }

        return refs.Select(r => Get(r.StorageKey, r.Namespace, r.Name)).OfType<StoredObject>().ToList();
    }

    private static (string Namespace, string Name) SplitKey(string? key)
    {
        if (key is null)
        {
            return (string.Empty, string.Empty);
        }

        int slash = key.IndexOf('/', StringComparison.Ordinal);

        return slash < 0 ? (string.Empty, key) : (key[..slash], key[(slash + 1)..]);
    }
}
