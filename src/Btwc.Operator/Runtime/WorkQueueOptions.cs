namespace Btwc.Operator.Runtime;

/// <summary>
/// Settings of a <see cref="WorkQueue{TKey}"/>: retry backoff, the overall retry rate limit and the metrics name.
/// </summary>
public sealed class WorkQueueOptions
{
    /// <summary>
    /// The queue's name, used as the <c>name</c> tag of its metrics. Default: <c>"default"</c>.
    /// </summary>
    public string Name { get; set; } = "default";

    /// <summary>
    /// The delay before the first retry of a failed key; each further consecutive failure doubles it.
    /// Default: 1 second. client-go starts at 5 ms, but a retry here usually calls the BeyondTrust API again.
    /// </summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The maximum retry delay of a key, jitter included. Default: 5 minutes.
    /// A caller may pass a smaller cap per retry, for example the object's own refresh interval.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The fraction of a retry delay added at random, from 0 (no jitter) to 1 (up to double). Default: 0.2.
    /// </summary>
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>
    /// The sustained rate of retries across all keys, in retries per second; 0 turns the limit off. Default: 10,
    /// as in client-go's default controller rate limiter.
    /// </summary>
    public double RetryRatePerSecond { get; set; } = 10;

    /// <summary>
    /// The number of retries allowed in a burst above <see cref="RetryRatePerSecond"/>. Default: 100.
    /// </summary>
    public int RetryBurst { get; set; } = 100;

    /// <summary>Checks the settings and throws a message naming the invalid value and the rule.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException("WorkQueueOptions.Name is empty; set a short name such as \"externalsecrets\".", nameof(Name));
        }

        if (BaseRetryDelay <= TimeSpan.Zero)
        {
            throw new ArgumentException($"WorkQueueOptions.BaseRetryDelay '{BaseRetryDelay}' must be positive.", nameof(BaseRetryDelay));
        }

        if (MaxRetryDelay < BaseRetryDelay)
        {
            throw new ArgumentException($"WorkQueueOptions.MaxRetryDelay '{MaxRetryDelay}' must be at least BaseRetryDelay '{BaseRetryDelay}'.", nameof(MaxRetryDelay));
        }

        if (RetryJitter is < 0 or > 1 || double.IsNaN(RetryJitter))
        {
            throw new ArgumentException($"WorkQueueOptions.RetryJitter '{RetryJitter}' must be between 0 and 1.", nameof(RetryJitter));
        }

        if (RetryRatePerSecond < 0 || double.IsNaN(RetryRatePerSecond))
        {
            throw new ArgumentException($"WorkQueueOptions.RetryRatePerSecond '{RetryRatePerSecond}' must be 0 (no limit) or positive.", nameof(RetryRatePerSecond));
        }

        if (RetryBurst < 1)
        {
            throw new ArgumentException($"WorkQueueOptions.RetryBurst '{RetryBurst}' must be at least 1.", nameof(RetryBurst));
        }
    }
}
