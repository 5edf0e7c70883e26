using Btwc.Operator.Decisions.Jitter;

namespace Btwc.Operator.Decisions.Scheduling;

/// <summary>
/// Plans the next refresh after a successful sync: the earlier of lastRefresh + refreshInterval and
/// issuedAt + lifetime × p, where lifetime = expiration − issuedAt.
/// </summary>
/// <remarks>
/// <para>By default p is drawn uniformly from [0.67, 0.77], so a credential is never refreshed before 67% of its
/// lifetime by the expiry rule, and a fleet issued at once does not refresh in lockstep. The draw is keyed by
/// (object uid, lease id), so a restarted operator computes the same point.</para>
/// <para>The <see cref="RefreshAtPercentAnnotation"/> annotation (10 to 95) moves the window: p is drawn from
/// [percent − 2, percent + 2] points, clamped to [10, 95]. The ±2 points keep the fleet spread that the default
/// window gives. A user who needs an exact point still gets it within 2% of the lifetime.</para>
/// <para>refreshInterval 0 and refreshPolicy OnChange plan no periodic refresh, but a generated credential with an
/// expiration is still refreshed before it expires, because the operator never serves an expired credential
/// while the backend is reachable. refreshPolicy CreatedOnce plans nothing at all: the user asked for one sync,
/// and the credential is left to expire in the target.</para>
/// </remarks>
public sealed partial class RefreshSchedule
{
    /// <summary>The annotation on an ExternalSecret that sets the refresh point as a percentage of the credential lifetime.</summary>
    public const string RefreshAtPercentAnnotation = "btwc.beyondtrust.io/refresh-at-percent";

    /// <summary>The start of the default lifetime window.</summary>
    public const double DefaultWindowStart = 0.67;

    /// <summary>The end of the default lifetime window.</summary>
    public const double DefaultWindowEnd = 0.77;

    /// <summary>Half the width, in percentage points, of the window around an annotation's percentage.</summary>
    public const double AnnotationJitterPoints = 2;

    private readonly IJitterSource _jitter;

    /// <summary>Creates a schedule drawing its jitter from <paramref name="jitter"/>.</summary>
    public RefreshSchedule(IJitterSource jitter)
    {
        ArgumentNullException.ThrowIfNull(jitter);
        _jitter = jitter;
    }

    /// <summary>Plans the next refresh.</summary>
    public RefreshPlan Next(RefreshScheduleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var annotation = RefreshAtPercent.Parse(input.RefreshAtPercent);
        var interval = input.RefreshInterval ?? Refresh.RefreshInput.DefaultRefreshInterval;
        var periodic = input.RefreshPolicy == RefreshPolicy.Periodic && interval > TimeSpan.Zero;
        var intervalRefreshAt = periodic ? input.LastRefresh + interval : (DateTimeOffset?)null;

        var plan = new RefreshPlan { IntervalRefreshAt = intervalRefreshAt, AnnotationError = annotation.Error };
        if (input.Lease is { } lease)
        {
            plan = PlanExpiry(plan, input, lease, annotation.Percent, periodic ? interval : null);
        }

        if (input.RefreshPolicy == RefreshPolicy.CreatedOnce)
        {
            return plan with { NextRefreshAt = null, Trigger = RefreshTrigger.None };
        }

        return Choose(plan);
    }

    /// <summary>
    /// Computes the expiry-based refresh point of a lease (issuedAt + lifetime × p), or null when the lease has no
    /// usable expiration. An invalid <paramref name="refreshAtPercent"/> is ignored here. <see cref="Next"/> reports it.
    /// </summary>
    public DateTimeOffset? ExpiryRefreshAt(string objectUid, GeneratedLease lease, string? refreshAtPercent)
    {
        ArgumentNullException.ThrowIfNull(objectUid);
        ArgumentNullException.ThrowIfNull(lease);

        if (lease.Lifetime is not { } lifetime)
        {
            return null;
        }

        var fraction = LifetimeFraction(objectUid, lease, RefreshAtPercent.Parse(refreshAtPercent).Percent);

        return lease.IssuedAt + Scale(lifetime, fraction);
    }

    /// <summary>
    /// Computes the stored lease's timing for <see cref="Refresh.RefreshInput.Lease"/>: its expiration and its
    /// expiry-based refresh point. Null when the lease has no usable expiration. After a restart, pass the
    /// status's refresh time as the issue time, because the credential was issued during that sync.
    /// </summary>
    public Refresh.LeaseTiming? LeaseTiming(string objectUid, GeneratedLease lease, string? refreshAtPercent)
    {
        var refreshAt = ExpiryRefreshAt(objectUid, lease, refreshAtPercent);

        return refreshAt is { } point && lease.ExpiresAt is { } expiresAt ? new Refresh.LeaseTiming(expiresAt, point) : null;
    }

    /// <summary>Draws p for a lease: from the default window, or around the annotation's percentage.</summary>
    public double LifetimeFraction(string objectUid, GeneratedLease lease, double? percent)
    {
        ArgumentNullException.ThrowIfNull(objectUid);
        ArgumentNullException.ThrowIfNull(lease);

        var (start, end) = percent is { } value
            ? (Math.Max(RefreshAtPercent.Minimum, value - AnnotationJitterPoints) / 100,
               Math.Min(RefreshAtPercent.Maximum, value + AnnotationJitterPoints) / 100)
            : (DefaultWindowStart, DefaultWindowEnd);
        var unit = _jitter.UnitFor(JitterKey(objectUid, lease));

        return start + ((end - start) * unit);
    }

    private static string JitterKey(string objectUid, GeneratedLease lease) =>
        objectUid + "/" + (lease.LeaseId ?? lease.IssuedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static TimeSpan Scale(TimeSpan lifetime, double fraction) =>
        TimeSpan.FromTicks((long)(lifetime.Ticks * fraction));

    private static RefreshPlan Choose(RefreshPlan plan) =>
        (plan.IntervalRefreshAt, plan.ExpiryRefreshAt) switch
        {
            (null, null) => plan with { Trigger = RefreshTrigger.None },
            ({ } interval, { } expiry) when expiry < interval => plan with { NextRefreshAt = expiry, Trigger = RefreshTrigger.Expiry },
            ({ } interval, _) => plan with { NextRefreshAt = interval, Trigger = RefreshTrigger.Interval },
            (null, { } expiry) => plan with { NextRefreshAt = expiry, Trigger = RefreshTrigger.Expiry },
        };
}
