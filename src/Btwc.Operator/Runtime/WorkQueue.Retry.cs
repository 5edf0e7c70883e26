using Btwc.Operator.Runtime.Internal;

namespace Btwc.Operator.Runtime;

/// <summary>Retries with per-key exponential backoff, the overall retry rate limit, and per-partition throttling.</summary>
public sealed partial class WorkQueue<TKey>
{
    private const int MaxBackoffExponent = 30;

    private readonly TokenBucket _bucket;
    private readonly Dictionary<string, DateTimeOffset> _throttles = new(StringComparer.Ordinal);

    /// <summary>
    /// Records a failure of <paramref name="key"/> and adds it after its backoff: <c>BaseRetryDelay * 2^(failures - 1)</c>
    /// plus jitter, capped at <c>MaxRetryDelay</c> or <paramref name="maxDelay"/> when smaller, and no sooner than
    /// the overall retry rate limit and <paramref name="minDelay"/> allow.
    /// </summary>
    /// <param name="key">The key that failed.</param>
    /// <param name="priority">The priority the key is added with when its delay has passed.</param>
    /// <param name="minDelay">A delay the server asked for, such as an HTTP <c>Retry-After</c>; it is not capped.</param>
    /// <param name="maxDelay">A cap for this key, such as its refresh interval, so a retry never waits longer than a refresh.</param>
    /// <returns>The delay chosen.</returns>
    public TimeSpan AddRateLimited(TKey key, WorkPriority priority = WorkPriority.Routine, TimeSpan? minDelay = null, TimeSpan? maxDelay = null)
    {
        lock (_lock)
        {
            if (_shutDown)
            {
                return TimeSpan.Zero;
            }

            var now = _timeProvider.GetUtcNow();
            var state = GetOrCreateStateLocked(key);
            var backoff = ComputeBackoff(state.Failures, maxDelay);
            state.Failures++;
            var delay = Max(backoff, _bucket.Reserve(now));
            if (minDelay is { } least)
            {
                delay = Max(delay, least);
            }

            _metrics.Retried();
            if (delay <= TimeSpan.Zero)
            {
                AddLocked(key, priority, now);
            }
            else
            {
                ScheduleLocked(key, state, now + delay, priority, now);
            }

            return delay;
        }
    }

    /// <summary>Clears the failure count of <paramref name="key"/>, so its next retry starts at the base delay.</summary>
    public void Forget(TKey key)
    {
        lock (_lock)
        {
            if (_states.TryGetValue(key, out var state))
            {
                state.Failures = 0;
                DropIfIdleLocked(key, state);
            }
        }
    }

    /// <summary>Returns the consecutive failures recorded for <paramref name="key"/>.</summary>
    public int GetFailures(TKey key)
    {
        lock (_lock)
        {
            return _states.TryGetValue(key, out var state) ? state.Failures : 0;
        }
    }

    /// <summary>
    /// Drops everything the queue records for <paramref name="key"/> except a queued or running pass:
    /// its pending time, failures and partition. Call it when the object is deleted.
    /// </summary>
    public void Remove(TKey key)
    {
        lock (_lock)
        {
            if (!_states.TryGetValue(key, out var state))
            {
                return;
            }

            if (state.DueAt is not null)
            {
                state.DueAt = null;
                _delayedCount--;
            }

            state.Failures = 0;
            state.Partition = null;
            DropIfIdleLocked(key, state);
        }
    }

    /// <summary>
    /// Records the partition of <paramref name="key"/>, for example the BeyondTrust site it calls, so that
    /// <see cref="Throttle"/> on that partition delays the key. Null clears it.
    /// </summary>
    public void SetPartition(TKey key, string? partition)
    {
        lock (_lock)
        {
            if (partition is null)
            {
                if (_states.TryGetValue(key, out var existing))
                {
                    existing.Partition = null;
                    DropIfIdleLocked(key, existing);
                }

                return;
            }

            GetOrCreateStateLocked(key).Partition = partition;
        }
    }

    /// <summary>
    /// Holds back keys of <paramref name="partition"/> until <paramref name="until"/>, for example after a
    /// 429 response with <c>Retry-After</c>. Keys of other partitions are not affected. An earlier time does not
    /// shorten a throttle already in place.
    /// </summary>
    public void Throttle(string partition, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(partition);
        lock (_lock)
        {
            if (!_throttles.TryGetValue(partition, out var current) || current < until)
            {
                _throttles[partition] = until;
            }
        }
    }

    /// <summary>Returns the end of the throttle on <paramref name="partition"/>, or null when it is not throttled.</summary>
    public DateTimeOffset? GetThrottle(string partition)
    {
        lock (_lock)
        {
            return IsThrottledLocked(partition, _timeProvider.GetUtcNow(), out var until) ? until : null;
        }
    }

    private bool IsThrottledLocked(string? partition, DateTimeOffset now, out DateTimeOffset until)
    {
        until = default;
        if (partition is null || !_throttles.TryGetValue(partition, out until))
        {
            return false;
        }

        if (until > now)
        {
            return true;
        }

        _throttles.Remove(partition);

        return false;
    }

    private TimeSpan ComputeBackoff(int failures, TimeSpan? maxDelay)
    {
        var cap = maxDelay is { } limit && limit < _options.MaxRetryDelay ? limit : _options.MaxRetryDelay;
        var exponent = Math.Min(failures, MaxBackoffExponent);
        var seconds = _options.BaseRetryDelay.TotalSeconds * Math.Pow(2, exponent);
        seconds += seconds * _options.RetryJitter * _random.NextDouble();

        return seconds >= cap.TotalSeconds ? cap : TimeSpan.FromSeconds(seconds);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;
}
