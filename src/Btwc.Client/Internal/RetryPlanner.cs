namespace Btwc.Client.Internal;

/// <summary>
/// Decides whether a failed attempt is retried and after which delay: exponential backoff with jitter, or the
/// server's <c>Retry-After</c> plus up to 10 % jitter, within the attempt limit and the time budget.
/// </summary>
internal sealed class RetryPlanner
{
    private const double RetryAfterJitter = 0.1;

    private readonly int _maxReadRetries;
    private readonly int _maxGenerateRetries;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly TimeSpan _budget;
    private readonly Func<double> _jitter;

    public RetryPlanner(BtwcRetryOptions options)
    {
        _maxReadRetries = options.MaxReadRetries;
        _maxGenerateRetries = options.MaxGenerateRetries;
        _baseDelay = options.BaseDelay;
        _maxDelay = options.MaxDelay;
        _budget = options.MaxRetryDuration;
        _jitter = options.JitterSource ?? Random.Shared.NextDouble;
    }

    /// <summary>Returns the delay before the next attempt, or null when the failure must be thrown.</summary>
    /// <param name="failure">The failure of the last attempt.</param>
    /// <param name="isGenerate">True for generate, which is retried only when the request was not processed.</param>
    /// <param name="retriesDone">Retries made so far.</param>
    /// <param name="elapsed">Time since the first attempt started.</param>
    public TimeSpan? NextDelay(BtwcApiException failure, bool isGenerate, int retriesDone, TimeSpan elapsed)
    {
        var retryable = isGenerate ? failure.RequestNotProcessed : failure.IsTransient;
        var maxRetries = isGenerate ? _maxGenerateRetries : _maxReadRetries;
        if (!retryable || retriesDone >= maxRetries)
        {
            return null;
        }

        var delay = failure.RetryAfter is { } retryAfter
            ? retryAfter + (retryAfter * (RetryAfterJitter * Jitter()))
            : Backoff(retriesDone);

        return elapsed + delay <= _budget ? delay : null;
    }

    private TimeSpan Backoff(int retriesDone)
    {
        var exponential = _baseDelay * Math.Pow(2, Math.Min(retriesDone, 30));
        var capped = exponential < _maxDelay ? exponential : _maxDelay;

        // Equal jitter: at least half the backoff, so retries from many callers spread without collapsing to zero.
        return capped * (1 - (0.5 * Jitter()));
    }

    private double Jitter() => Math.Clamp(_jitter(), 0, 1);
}
