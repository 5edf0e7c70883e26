namespace Btwc.Operator.Decisions.Refresh;

/// <summary>
/// Decides whether a reconcile calls the generator, following ESO's <c>shouldRefresh</c> and
/// <c>isSecretValid</c>, plus three extensions that keep credentials fresh and stop wasted mints.
/// </summary>
/// <remarks>
/// <para>Rules, in order:</para>
/// <list type="number">
/// <item>ESO's refresh-policy rules (<see cref="DecidePolicy"/>): CreatedOnce refreshes only when never synced;
/// OnChange when never synced or the metadata version changed. Periodic (or empty) returns no refresh for
/// refreshInterval 0 once synced, then refreshes on a metadata change, a missing or future refresh time, or
/// an elapsed interval (due at refreshTime + interval itself, one instant earlier than ESO).</item>
/// <item>Extension (a): when the stored lease has an expiration, the refresh is also due at its expiry-based
/// point and at expiry, for every policy except CreatedOnce, even with refreshInterval 0. ESO never refreshes
/// there, but a Secret holding an expired credential is worse than a surprising refresh.</item>
/// <item>ESO's target validity: unless creationPolicy is Orphan, a missing target, a target without the managed
/// label, or one whose data no longer matches its data-hash annotation forces a sync. Extension: for Merge and
/// CreateOrMerge targets that carry the operator's own-key record, only this ExternalSecret's keys are
/// compared, so another writer's keys do not cause a re-sync and a new credential.</item>
/// <item>Extension (b): creationPolicy None, and Merge with no target, never call the generator. The result
/// carries the Ready status ESO would report after its discarded call.</item>
/// <item>Extension (c): an existing immutable target with data is never re-minted, because the new credential
/// could never be written and would leak until it expires. ESO re-renders nothing in that case either, it
/// only keeps the metadata current, which <see cref="RefreshAction.SyncWithoutGeneration"/> still does.</item>
/// </list>
/// <para>A <see cref="RefreshInput.RememberedSync"/> newer than the status replaces the status values first,
/// because a status read from a lagging cache would otherwise look never-synced and cause a second mint.</para>
/// </remarks>
public static partial class RefreshDecision
{
    /// <summary>Decides what this reconcile does.</summary>
    public static RefreshResult Decide(RefreshInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var statusLagging = IsStatusLagging(input);
        if (statusLagging)
        {
            input = input with
            {
                SyncedResourceVersion = input.RememberedSync!.SyncedResourceVersion,
                RefreshTime = input.RememberedSync.RefreshTime,
            };
        }

        var result = DecideCurrent(input);

        return statusLagging ? result with { StatusLagging = true } : result;
    }

    private static bool IsStatusLagging(RefreshInput input) =>
        input.RememberedSync is { } remembered
        && (!input.IsSynced || input.RefreshTime is not { } refreshTime || remembered.RefreshTime > refreshTime);

    private static RefreshResult DecideCurrent(RefreshInput input)
    {
        var policy = DecidePolicy(input);
        var reason = policy.Reason ?? DecideLease(input) ?? DecideTarget(input);
        if (reason is null)
        {
            return new RefreshResult
            {
                Action = RefreshAction.None,
                Reason = IsRefreshDisabled(input) ? RefreshReason.RefreshDisabled : RefreshReason.UpToDate,
                SpecChangeIgnored = policy.SpecChangeIgnored,
                NextCheckAt = NextCheckAt(input),
            };
        }

        var result = new RefreshResult
        {
            Action = RefreshAction.Generate,
            Reason = reason.Value,
            SyncWindowsIgnored = policy.SyncWindowsIgnored,
        };

        return ApplyGenerationSkip(input, result);
    }
}
