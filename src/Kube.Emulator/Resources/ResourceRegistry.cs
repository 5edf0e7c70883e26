namespace Kube.Emulator.Resources;

/// <summary>
/// The served resources by group, version and plural. Readers see an immutable snapshot; writers (CRD changes)
/// swap in a new one, so discovery and OpenAPI change at once and requests never see a half-made registry.
/// </summary>
internal sealed class ResourceRegistry
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _snapshot = new([], 0);

    /// <summary>A number that changes with every registry change; discovery and OpenAPI hashes include it.</summary>
    public long Revision => _snapshot.Revision;

    public IReadOnlyList<ResourceType> All => _snapshot.Types;

    public ResourceType? Find(string group, string version, string plural) =>
        _snapshot.ByPath.TryGetValue((group, version, plural), out ResourceType? type) ? type : null;

    public bool HasGroupVersion(string group, string version) => _snapshot.GroupVersions.Contains((group, version));

    public IEnumerable<ResourceType> InGroupVersion(string group, string version) =>
        _snapshot.Types.Where(t => t.Group == group && t.Version == version);

    public IEnumerable<ResourceType> ByStorageKey(string storageKey) => _snapshot.Types.Where(t => t.StorageKey == storageKey);

    /// <summary>The API groups in discovery order with their versions, preferred version first.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<string> Versions)> Groups()
    {
        var groups = new List<(string Group, IReadOnlyList<string> Versions)>();
        foreach (IGrouping<string, ResourceType> group in _snapshot.Types.Where(t => t.Group.Length > 0).GroupBy(t => t.Group))
        {
            List<string> versions = group.Select(t => t.Version).Distinct().OrderBy(v => v, KubeVersionComparer.Instance).ToList();
            groups.Add((group.Key, versions));
        }

        return groups;
    }

    public void Add(IEnumerable<ResourceType> types) => Replace(_ => false, types);

    /// <summary>Removes the types matching <paramref name="remove"/> and adds <paramref name="add"/> in one step.</summary>
    public void Replace(Func<ResourceType, bool> remove, IEnumerable<ResourceType> add)
    {
        lock (_writeLock)
        {
            Snapshot current = _snapshot;
            List<ResourceType> types = current.Types.Where(t => !remove(t)).ToList();
            types.AddRange(add);
            _snapshot = new Snapshot(types, current.Revision + 1);
        }
    }

    private sealed class Snapshot
    {
        public Snapshot(List<ResourceType> types, long revision)
        {
            Types = types;
            Revision = revision;
            ByPath = new Dictionary<(string, string, string), ResourceType>();
            foreach (ResourceType type in types)
            {
                ByPath[(type.Group, type.Version, type.Plural)] = type;
            }

            GroupVersions = types.Select(t => (t.Group, t.Version)).ToHashSet();
        }

        public List<ResourceType> Types { get; }

        public long Revision { get; }

        public Dictionary<(string Group, string Version, string Plural), ResourceType> ByPath { get; }

        public HashSet<(string Group, string Version)> GroupVersions { get; }
    }
}
