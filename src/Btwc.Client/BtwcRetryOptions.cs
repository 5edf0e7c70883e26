namespace Btwc.Client;

/// <summary>
/// Retry settings. Reads (session check, get, list) are retried after transport failures, timeouts, HTTP 408,
/// 429 and 5xx. Generate is retried only after HTTP 429 and 503, when the server did not process the request,
/// because every processed generate call mints a new credential.
/// </summary>
public sealed class BtwcRetryOptions
{
    /// <summary>Retries of a read after its first attempt. Default: 3 (so at most 4 attempts). 0 disables retries.</summary>
    public int MaxReadRetries { get; set; } = 3;

    /// <summary>Retries of a generate call after HTTP 429 or 503. Default: 2 (so at most 3 attempts). 0 disables them.</summary>
    public int MaxGenerateRetries { get; set; } = 2;

    /// <summary>
    /// The first backoff delay; each further retry doubles it, up to <see cref="MaxDelay"/>. The delay is then
    /// reduced by a random fraction of up to one half (jitter). Default: 500 milliseconds.
    /// </summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff delay before jitter. Default: 5 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The time budget for retries, counted from the start of the first attempt. A retry whose delay would end
    /// after the budget is not made, and the last error is thrown with its <see cref="BtwcApiException.RetryAfter"/>
    /// so the caller can schedule the next try. A <c>Retry-After</c> header is always honoured: the wait is at
    /// least the delay the server asked for, plus up to 10 % jitter. The worst case for one call is this budget plus
    /// one <see cref="BtwcClientOptions.RequestTimeout"/>. Default: 15 seconds.
    /// </summary>
    public TimeSpan MaxRetryDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The source of jitter, returning a number in [0, 1). Default: null, which uses <see cref="Random.Shared"/>.
    /// </summary>
    public Func<double>? JitterSource { get; set; }
}
