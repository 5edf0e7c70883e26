namespace Btwc.Operator.Decisions.Scheduling;

/// <summary>What <see cref="RefreshSchedule.Next"/> reads after a successful sync.</summary>
public sealed record RefreshScheduleInput
{
    /// <summary>The ExternalSecret's <c>metadata.uid</c>. With the lease id it fixes the jitter across restarts.</summary>
    public required string ObjectUid { get; init; }

    /// <summary><c>spec.refreshPolicy</c>.</summary>
    public RefreshPolicy RefreshPolicy { get; init; } = RefreshPolicy.Periodic;

    /// <summary><c>spec.refreshInterval</c>. Null means 1 hour. Zero or negative means no periodic refresh.</summary>
    public TimeSpan? RefreshInterval { get; init; }

    /// <summary>The start of the sync that just succeeded (<c>status.refreshTime</c>).</summary>
    public required DateTimeOffset LastRefresh { get; init; }

    /// <summary>The credential just written, for generator sources. Null for sources without leases.</summary>
    public GeneratedLease? Lease { get; init; }

    /// <summary>The raw value of the <see cref="RefreshSchedule.RefreshAtPercentAnnotation"/> annotation, if present.</summary>
    public string? RefreshAtPercent { get; init; }
}
