namespace Btwc.Simulator.Internal.Model;

/// <summary>A token bucket holding up to max(1, rate) requests and refilling at the rate per second.</summary>
internal sealed class TokenBucket
{
    private readonly Lock _gate = new();
    private double _available = double.NaN;
    private long _lastTimestamp;
    private long _generation;

    /// <summary>
    /// Takes one request from the bucket, or returns the whole seconds to wait before one is available. A new
    /// <paramref name="generation"/> (a changed limit) starts from a full bucket.
    /// </summary>
    public bool TryTake(double ratePerSecond, long generation, TimeProvider time, out int retryAfterSeconds)
    {
        var capacity = Math.Max(1, ratePerSecond);
        var now = time.GetTimestamp();
        lock (_gate)
        {
            if (double.IsNaN(_available) || generation != _generation)
            {
                _generation = generation;
                _available = capacity;
            }
            else
            {
                var elapsed = time.GetElapsedTime(_lastTimestamp, now).TotalSeconds;
                _available = Math.Min(capacity, _available + (elapsed * ratePerSecond));
            }

            _lastTimestamp = now;
            if (_available >= 1)
            {
                _available -= 1;
                retryAfterSeconds = 0;

                return true;
            }

            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - _available) / ratePerSecond));

            return false;
        }
    }
}
