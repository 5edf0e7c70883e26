using System.Collections.Concurrent;

namespace Btwc.Simulator;

/// <summary>
/// The record of tenant requests: counts per route and status, the lease ids issued in order, and a bounded
/// list of recent entries. Thread-safe and lock-free; a snapshot taken while requests complete may miss the
/// entries still being stored.
/// </summary>
public sealed class SimulatorJournal
{
    private const int StatusSlots = 600;
    private static readonly int RouteSlots = Enum.GetValues<SimulatorRoute>().Length;

    private readonly int[] _counts = new int[RouteSlots];
    private readonly int[] _statusCounts = new int[RouteSlots * StatusSlots];
    private readonly ConcurrentQueue<string> _leaseIds = new();
    private readonly JournalEntry?[] _entries;
    private readonly int _leaseIdCapacity;
    private readonly TimeProvider _time;
    private int _leaseIdCount;
    private long _entriesWritten;

    internal SimulatorJournal(TimeProvider time, int capacity, int leaseIdCapacity)
    {
        _time = time;
        _entries = new JournalEntry?[capacity];
        _leaseIdCapacity = leaseIdCapacity;
    }

    /// <summary>The lease ids issued by generate calls, oldest first (the oldest drop beyond the configured capacity).</summary>
    public IReadOnlyList<string> LeaseIds => [.. _leaseIds];

    /// <summary>The most recent requests, oldest first, up to the configured capacity.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            var written = Volatile.Read(ref _entriesWritten);
            var count = (int)Math.Min(written, _entries.Length);
            var list = new List<JournalEntry>(count);
            for (var i = written - count; i < written; i++)
            {
                // A slot is null while its writer has claimed it but not stored the entry yet.
                if (Volatile.Read(ref _entries[i % _entries.Length]) is { } entry)
                {
                    list.Add(entry);
                }
            }

            return list;
        }
    }

    /// <summary>
    /// Returns how many requests reached <paramref name="route"/>, whatever their outcome. A request counts when
    /// it arrives, so one still waiting on injected latency is already counted.
    /// </summary>
    /// <param name="route">The route.</param>
    /// <returns>The count since start or the last <see cref="Clear"/>.</returns>
    public int Count(SimulatorRoute route) => Volatile.Read(ref _counts[(int)route]);

    /// <summary>Returns how many requests to <paramref name="route"/> ended with <paramref name="statusCode"/> (0 for dropped or abandoned connections).</summary>
    /// <param name="route">The route.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <returns>The count since start or the last <see cref="Clear"/>.</returns>
    public int Count(SimulatorRoute route, int statusCode) =>
        statusCode is >= 0 and < StatusSlots ? Volatile.Read(ref _statusCounts[((int)route * StatusSlots) + statusCode]) : 0;

    /// <summary>Forgets every count, lease id and entry.</summary>
    public void Clear()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            Interlocked.Exchange(ref _counts[i], 0);
        }

        for (var i = 0; i < _statusCounts.Length; i++)
        {
            Interlocked.Exchange(ref _statusCounts[i], 0);
        }

        _leaseIds.Clear();
        Interlocked.Exchange(ref _leaseIdCount, 0);
        Interlocked.Exchange(ref _entriesWritten, 0);
        Array.Clear(_entries);
    }

    internal void RecordArrival(SimulatorRoute route) => Interlocked.Increment(ref _counts[(int)route]);

    internal void RecordCompletion(SimulatorRoute route, string siteId, string path, int statusCode)
    {
        if (statusCode is >= 0 and < StatusSlots)
        {
            Interlocked.Increment(ref _statusCounts[((int)route * StatusSlots) + statusCode]);
        }

        if (_entries.Length == 0)
        {
            return;
        }

        var entry = new JournalEntry(_time.GetUtcNow(), route, siteId, path, statusCode);
        var slot = Interlocked.Increment(ref _entriesWritten) - 1;
        Volatile.Write(ref _entries[slot % _entries.Length], entry);
    }

    internal void RecordLease(string leaseId)
    {
        if (_leaseIdCapacity == 0)
        {
            return;
        }

        _leaseIds.Enqueue(leaseId);
        if (Interlocked.Increment(ref _leaseIdCount) > _leaseIdCapacity && _leaseIds.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _leaseIdCount);
        }
    }
}
