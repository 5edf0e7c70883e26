namespace Btwc.Simulator.Internal;

/// <summary>"Fail the next N requests with status S": a counter consumed atomically.</summary>
internal sealed class FailNextRule(int count, int statusCode, int? retryAfterSeconds)
{
    private int _remaining = count;

    public int StatusCode { get; } = statusCode;

    public int? RetryAfterSeconds { get; } = retryAfterSeconds;

    public bool IsSpent => Volatile.Read(ref _remaining) <= 0;

    public bool TryConsume() => Interlocked.Decrement(ref _remaining) >= 0;
}
