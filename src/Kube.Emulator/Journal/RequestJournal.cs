namespace Kube.Emulator.Journal;

/// <summary>
/// The API requests the server has handled, for assertions such as "the controller did not write in a loop".
/// Keeps the latest 100,000 entries. Thread-safe.
/// </summary>
public sealed class RequestJournal
{
    private const int MaxEntries = 100_000;
    private readonly Lock _lock = new();
    private readonly Queue<JournalEntry> _entries = new();

    /// <summary>Gets a copy of the entries, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return _entries.ToArray();
            }
        }
    }

    /// <summary>Counts requests by verb and resource plural.</summary>
    public int Count(string verb, string resource) => Count(e => e.Verb == verb && e.Resource == resource);

    /// <summary>Counts requests by verb, resource plural, namespace, name and subresource (a null filter matches all).</summary>
    public int Count(string verb, string resource, string? ns, string? name, string? subresource = null) =>
        Count(e => e.Verb == verb && e.Resource == resource && (ns is null || e.Namespace == ns) && (name is null || e.Name == name) && (subresource is null || e.Subresource == subresource));

    /// <summary>Counts the entries matching a predicate.</summary>
    public int Count(Func<JournalEntry, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        lock (_lock)
        {
            return _entries.Count(predicate);
        }
    }

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    internal void Add(JournalEntry entry)
    {
        lock (_lock)
        {
            _entries.Enqueue(entry);
            if (_entries.Count > MaxEntries)
            {
                _entries.Dequeue();
            }
        }
    }
}
