namespace Btwc.Operator.Decisions.Scheduling;

/// <summary>Which rule set <see cref="RefreshPlan.NextRefreshAt"/>.</summary>
public enum RefreshTrigger
{
    /// <summary>No further refresh is planned.</summary>
    None,

    /// <summary>refreshInterval after the last refresh.</summary>
    Interval,

    /// <summary>A fraction of the credential lifetime after issue.</summary>
    Expiry,
}

/// <summary>The outcome of <see cref="RefreshSchedule.Next"/>.</summary>
public sealed record RefreshPlan
{
    /// <summary>When to refresh next (store it as the next planned refresh). Null means never.</summary>
    public DateTimeOffset? NextRefreshAt { get; init; }

    /// <summary>The rule that set <see cref="NextRefreshAt"/>.</summary>
    public RefreshTrigger Trigger { get; init; }

    /// <summary>LastRefresh + refreshInterval, when a periodic refresh applies.</summary>
    public DateTimeOffset? IntervalRefreshAt { get; init; }

    /// <summary>IssuedAt + lifetime × <see cref="LifetimeFraction"/>, when the lease has a usable expiration.</summary>
    public DateTimeOffset? ExpiryRefreshAt { get; init; }

    /// <summary>The fraction of the lifetime (0.10 to 0.95) at which the expiry rule refreshes.</summary>
    public double? LifetimeFraction { get; init; }

    /// <summary>
    /// Whether the credential has no usable expiration (missing, unparsable, or not after the issue time), so only
    /// the interval applies. The reconciler emits one Warning event with <see cref="ExpirationWarning"/>.
    /// </summary>
    public bool ExpirationMissing { get; init; }

    /// <summary>The message for <see cref="ExpirationMissing"/>.</summary>
    public string? ExpirationWarning { get; init; }

    /// <summary>
    /// Whether refreshInterval is not shorter than the credential lifetime. The reconciler emits one Warning event
    /// per generator change with <see cref="IntervalWarning"/>.
    /// </summary>
    public bool IntervalExceedsLifetime { get; init; }

    /// <summary>The message for <see cref="IntervalExceedsLifetime"/>, naming both durations and the fallback.</summary>
    public string? IntervalWarning { get; init; }

    /// <summary>The validation error for an invalid refresh-at-percent annotation. The default window was used.</summary>
    public string? AnnotationError { get; init; }
}
