namespace Btwc.Operator.Decisions.Refresh;

/// <summary>The timing of the credential currently in the target, as stored in the ExternalSecret's status.</summary>
/// <param name="ExpiresAt">When the credential expires.</param>
/// <param name="RefreshAt">
/// The expiry-based refresh point for this lease, from
/// <see cref="Scheduling.RefreshSchedule.ExpiryRefreshAt(string, Scheduling.GeneratedLease, string?)"/>.
/// </param>
public sealed record LeaseTiming(DateTimeOffset ExpiresAt, DateTimeOffset RefreshAt);
