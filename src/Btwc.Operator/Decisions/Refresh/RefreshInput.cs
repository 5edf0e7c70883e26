namespace Btwc.Operator.Decisions.Refresh;

/// <summary>Everything <see cref="RefreshDecision"/> reads: the ExternalSecret's spec and status, the target and the clock.</summary>
public sealed record RefreshInput
{
    /// <summary>The default refresh interval when <c>spec.refreshInterval</c> is missing (ESO's fallback).</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromHours(1);

    /// <summary><c>spec.refreshPolicy</c>. Defaults to <see cref="RefreshPolicy.Periodic"/>.</summary>
    public RefreshPolicy RefreshPolicy { get; init; } = RefreshPolicy.Periodic;

    /// <summary><c>spec.refreshInterval</c>. Null means 1 hour. Zero or negative means no periodic refresh.</summary>
    public TimeSpan? RefreshInterval { get; init; }

    /// <summary>The ExternalSecret's current <see cref="Hashing.EsoHash.SyncedResourceVersion"/>.</summary>
    public required string MetaVersion { get; init; }

    /// <summary><c>status.syncedResourceVersion</c>. Null or empty when never synced.</summary>
    public string? SyncedResourceVersion { get; init; }

    /// <summary><c>status.refreshTime</c>. Null when never synced.</summary>
    public DateTimeOffset? RefreshTime { get; init; }

    /// <summary>
    /// The last successful sync this process recorded for the object, or null. When it is newer than the status
    /// (a status read from a cache that has not yet seen the last status write), the decision uses it instead,
    /// so a lagging cache never causes a second mint.
    /// </summary>
    public RememberedSync? RememberedSync { get; init; }

    /// <summary>Whether <c>spec.syncWindows</c> is non-empty. Windows are not evaluated yet.</summary>
    public bool HasSyncWindows { get; init; }

    /// <summary><c>spec.target.creationPolicy</c>. Defaults to <see cref="CreationPolicy.Owner"/>.</summary>
    public CreationPolicy CreationPolicy { get; init; } = CreationPolicy.Owner;

    /// <summary><c>spec.target.immutable</c>.</summary>
    public bool TargetImmutable { get; init; }

    /// <summary>The current target Secret.</summary>
    public required TargetState Target { get; init; }

    /// <summary>The timing of the credential in the target, when a generator issued it with an expiration.</summary>
    public LeaseTiming? Lease { get; init; }

    /// <summary>The current time (the start of the reconcile).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The refresh interval with ESO's 1 hour fallback applied.</summary>
    public TimeSpan EffectiveRefreshInterval => RefreshInterval ?? DefaultRefreshInterval;

    /// <summary>Whether the status records a sync (ESO: <c>syncedResourceVersion</c> is non-empty).</summary>
    public bool IsSynced => !string.IsNullOrEmpty(SyncedResourceVersion);
}

/// <summary>A successful sync as the reconciler recorded it in memory.</summary>
/// <param name="SyncedResourceVersion">The syncedResourceVersion written by that sync.</param>
/// <param name="RefreshTime">The refreshTime written by that sync.</param>
public sealed record RememberedSync(string SyncedResourceVersion, DateTimeOffset RefreshTime);
