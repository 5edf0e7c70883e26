namespace Btwc.Operator.Decisions.Backoff;

/// <summary>Settings of <see cref="RetryBackoff"/>.</summary>
public sealed class RetryBackoffOptions
{
    /// <summary>The first retry delay, doubled per consecutive failure. Default: 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The maximum delay for <see cref="FailureClass.Transient"/> and <see cref="FailureClass.RateLimited"/>
    /// failures, further capped by the object's refresh cadence. Default: 5 minutes.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first retry delay after an authentication failure. Default: 30 seconds.</summary>
    public TimeSpan AuthenticationBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The maximum delay after authentication failures, further capped by the refresh cadence. Default: 10 minutes.</summary>
    public TimeSpan AuthenticationMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The re-check delay for configuration failures of objects without a positive refresh cadence (refreshInterval
    /// 0). Default: 1 hour, ESO's default refresh interval.
    /// </summary>
    public TimeSpan ConfigurationRecheckDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The maximum delay for transient failures while the target contains an expired credential, so it is replaced
    /// soon after the backend recovers. Default: 30 seconds.
    /// </summary>
    public TimeSpan ExpiredCredentialMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The shortest delay of an early retry before a credential expires. Default: 1 second.</summary>
    public TimeSpan MinimumExpiringDelay { get; set; } = TimeSpan.FromSeconds(1);
}
