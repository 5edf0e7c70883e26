namespace Btwc.Operator.Runtime.Internal;

/// <summary>
/// A token bucket that hands out reservations: each call takes one token and returns how long the caller
/// must wait until that token exists. The caller holds the owning lock, so the bucket itself is not thread-safe.
/// </summary>
internal sealed class TokenBucket(double ratePerSecond, int burst, DateTimeOffset start)
{
    private double _tokens = burst;
    private DateTimeOffset _last = start;

    /// <summary>Reserves one token at <paramref name="now"/> and returns the wait until it is available.</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        if (ratePerSecond <= 0)
        {
            return TimeSpan.Zero;
        }

        Refill(now);
        _tokens -= 1;

        return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / ratePerSecond);
    }

    /// <summary>Takes one token at <paramref name="now"/> if one is available, without reserving a future one.</summary>
    public bool TryTake(DateTimeOffset now)
    {
        if (ratePerSecond <= 0)
        {
            return true;
        }

        Refill(now);
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;

        return true;
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > _last)
        {
            _tokens = Math.Min(burst, _tokens + ((now - _last).TotalSeconds * ratePerSecond));
            _last = now;
        }
    }
}
