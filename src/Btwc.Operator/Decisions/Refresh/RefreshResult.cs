namespace Btwc.Operator.Decisions.Refresh;

/// <summary>The outcome of <see cref="RefreshDecision.Decide"/>.</summary>
public sealed record RefreshResult
{
    /// <summary>What to do.</summary>
    public required RefreshAction Action { get; init; }

    /// <summary>Why. For <see cref="RefreshAction.SyncWithoutGeneration"/> this is the reason the sync is due.</summary>
    public required RefreshReason Reason { get; init; }

    /// <summary>Why the generator is not called although a sync is due.</summary>
    public GenerationSkipReason SkipReason { get; init; }

    /// <summary>For <see cref="RefreshAction.SyncWithoutGeneration"/>: the Ready=True reason ESO reports in that situation.</summary>
    public string? ReadyReason { get; init; }

    /// <summary>For <see cref="RefreshAction.SyncWithoutGeneration"/>: the Ready=True message ESO reports in that situation.</summary>
    public string? ReadyMessage { get; init; }

    /// <summary>
    /// Whether the ExternalSecret has sync windows that were not evaluated. The operator does not support them
    /// yet and refreshes as if every window allowed it. The reconciler reports this as unsupported.
    /// </summary>
    public bool SyncWindowsIgnored { get; init; }

    /// <summary>
    /// Whether the generation, labels or annotations changed but refresh is disabled, so the change has no effect
    /// (ESO behaviour for CreatedOnce and for Periodic with refreshInterval 0). Worth an event.
    /// </summary>
    public bool SpecChangeIgnored { get; init; }

    /// <summary>
    /// Whether the status was older than <see cref="RefreshInput.RememberedSync"/>, so the decision used the
    /// remembered sync (the cache had not yet seen the last status write).
    /// </summary>
    public bool StatusLagging { get; init; }

    /// <summary>
    /// For <see cref="RefreshAction.None"/>: when to look again (the interval point or the lease's refresh point,
    /// whichever is earlier). Null means no timed re-check. A value at or before now means "requeue now".
    /// </summary>
    public DateTimeOffset? NextCheckAt { get; init; }

    /// <summary>Whether the generator is called.</summary>
    public bool Generates => Action == RefreshAction.Generate;
}
