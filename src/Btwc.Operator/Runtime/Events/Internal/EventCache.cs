using Btwc.Operator.Runtime.Internal;

namespace Btwc.Operator.Runtime.Events.Internal;

/// <summary>
/// The recorder's memory: recent Events by aggregation key and a token bucket per object, each bounded by
/// <see cref="EventRecorderOptions.MaxTrackedEntries"/>.
/// </summary>
internal sealed class EventCache(EventRecorderOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, RecordedEvent> _recent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TokenBucket Bucket, DateTimeOffset LastUsed)> _buckets = new(StringComparer.Ordinal);

    public bool TryTakeToken(string objectKey, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_buckets.TryGetValue(objectKey, out var entry))
            {
                if (_buckets.Count >= options.MaxTrackedEntries)
                {
                    EvictOldest(_buckets, e => e.LastUsed);
                }

                entry = (new TokenBucket(1 / options.PerObjectRefillInterval.TotalSeconds, options.PerObjectBurst, now), now);
            }

            var taken = entry.Bucket.TryTake(now);
            _buckets[objectKey] = (entry.Bucket, now);

            return taken;
        }
    }

    public bool TryGetRecent(string aggregationKey, DateTimeOffset now, out RecordedEvent recent)
    {
        lock (_lock)
        {
            if (_recent.TryGetValue(aggregationKey, out recent!) && now - recent.LastSeen <= options.AggregationWindow)
            {
                return true;
            }

            _recent.Remove(aggregationKey);

            return false;
        }
    }

    public void Remember(string aggregationKey, RecordedEvent recorded)
    {
        lock (_lock)
        {
            if (!_recent.ContainsKey(aggregationKey) && _recent.Count >= options.MaxTrackedEntries)
            {
                EvictOldest(_recent, e => e.LastSeen);
            }

            _recent[aggregationKey] = recorded;
        }
    }

    /// <summary>Removes the least recently used eighth of the entries, so eviction runs rarely.</summary>
    private static void EvictOldest<TValue>(Dictionary<string, TValue> entries, Func<TValue, DateTimeOffset> lastUsed)
    {
        var victims = entries.OrderBy(e => lastUsed(e.Value)).Take(Math.Max(1, entries.Count / 8)).Select(e => e.Key).ToList();
        foreach (var key in victims)
        {
            entries.Remove(key);
        }
    }
}
