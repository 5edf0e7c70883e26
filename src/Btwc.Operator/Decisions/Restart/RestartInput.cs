using Btwc.Operator.Decisions.Refresh;

namespace Btwc.Operator.Decisions.Restart;

/// <summary>What <see cref="RestartDecision.Decide"/> reads for one ExternalSecret seen by a newly started operator.</summary>
public sealed record RestartInput
{
    /// <summary>The stored status, the spec and the target, as for any reconcile.</summary>
    public required RefreshInput Refresh { get; init; }

    /// <summary>The next planned refresh stored in the status by the previous operator instance, if any.</summary>
    public DateTimeOffset? NextRefreshTime { get; init; }
}
