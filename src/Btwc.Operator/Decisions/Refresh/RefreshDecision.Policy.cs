namespace Btwc.Operator.Decisions.Refresh;

public static partial class RefreshDecision
{
    /// <summary>Applies ESO's <c>shouldRefresh</c> for the ExternalSecret's refresh policy.</summary>
    internal static PolicyOutcome DecidePolicy(RefreshInput input)
    {
        var metadataChanged = input.IsSynced && input.SyncedResourceVersion != input.MetaVersion;

        switch (input.RefreshPolicy)
        {
            case RefreshPolicy.CreatedOnce:
                if (!input.IsSynced || input.RefreshTime is null)
                {
                    return new PolicyOutcome(RefreshReason.NeverSynced);
                }

                return new PolicyOutcome(null, SpecChangeIgnored: metadataChanged);

            case RefreshPolicy.OnChange:
                if (!input.IsSynced || input.RefreshTime is null)
                {
                    return new PolicyOutcome(RefreshReason.NeverSynced);
                }

                return new PolicyOutcome(metadataChanged ? RefreshReason.SpecChanged : null);

            default:
                return DecidePeriodic(input, metadataChanged);
        }
    }

    private static PolicyOutcome DecidePeriodic(RefreshInput input, bool metadataChanged)
    {
        var interval = input.EffectiveRefreshInterval;
        if (interval <= TimeSpan.Zero && input.IsSynced)
        {
            return new PolicyOutcome(null, SpecChangeIgnored: metadataChanged);
        }

        if (!input.IsSynced)
        {
            return new PolicyOutcome(RefreshReason.NeverSynced);
        }

        if (metadataChanged)
        {
            return new PolicyOutcome(RefreshReason.SpecChanged);
        }

        if (input.RefreshTime is not { } refreshTime)
        {
            return new PolicyOutcome(RefreshReason.RefreshTimeMissing);
        }

        if (refreshTime > input.Now)
        {
            return new PolicyOutcome(RefreshReason.RefreshTimeInFuture);
        }

        // ESO refreshes only once refreshTime + interval is strictly before now. Here the refresh is due at that
        // instant, so a requeue planned for exactly that time refreshes instead of requeueing again.
        if (refreshTime + interval > input.Now)
        {
            return new PolicyOutcome(null);
        }

        // NOTE: sync windows are not evaluated yet. ESO consults them only at this step. The operator refreshes
        // as if every window allowed it, and flags the result so that the reconciler reports the field as unsupported.
        return new PolicyOutcome(RefreshReason.IntervalElapsed, SyncWindowsIgnored: input.HasSyncWindows);
    }

    private static bool IsRefreshDisabled(RefreshInput input) =>
        input.IsSynced
        && (input.RefreshPolicy == RefreshPolicy.CreatedOnce
            || (input.RefreshPolicy == RefreshPolicy.Periodic && input.EffectiveRefreshInterval <= TimeSpan.Zero));

    internal readonly record struct PolicyOutcome(
        RefreshReason? Reason,
        bool SpecChangeIgnored = false,
        bool SyncWindowsIgnored = false);
}
