using Btwc.Operator.Decisions.Conditions;

namespace Btwc.Operator.Decisions.Refresh;

public static partial class RefreshDecision
{
    /// <summary>Extension (a): a lease past its refresh point or its expiration is due, except for CreatedOnce.</summary>
    private static RefreshReason? DecideLease(RefreshInput input)
    {
        if (input.Lease is not { } lease || input.RefreshPolicy == RefreshPolicy.CreatedOnce)
        {
            return null;
        }

        if (input.Now >= lease.ExpiresAt)
        {
            return RefreshReason.LeaseExpired;
        }

        return input.Now >= lease.RefreshAt ? RefreshReason.LeaseExpiring : null;
    }

    /// <summary>ESO's <c>isSecretValid</c>: Orphan targets are always valid.</summary>
    private static RefreshReason? DecideTarget(RefreshInput input)
    {
        if (input.CreationPolicy == CreationPolicy.Orphan)
        {
            return null;
        }

        var target = input.Target;
        if (!target.Exists)
        {
            return RefreshReason.TargetMissing;
        }

        if (!target.HasManagedLabel)
        {
            return RefreshReason.TargetNotManaged;
        }

        // Extension: a Merge target is shared with other writers, so only this ExternalSecret's own keys count
        // as drift when the operator recorded them. ESO compares the whole data and re-syncs on any foreign edit.
        var merges = input.CreationPolicy is CreationPolicy.Merge or CreationPolicy.CreateOrMerge;
        if (merges && target.ManagedKeysHashMatches is { } ownKeysMatch)
        {
            return ownKeysMatch ? null : RefreshReason.TargetDrifted;
        }

        return target.DataHashMatches ? null : RefreshReason.TargetDrifted;
    }

    /// <summary>Extensions (b) and (c): turn a due sync into one without a generator call when the result could not be written.</summary>
    private static RefreshResult ApplyGenerationSkip(RefreshInput input, RefreshResult due)
    {
        var target = input.Target;
        if (input.CreationPolicy == CreationPolicy.None)
        {
            return SkipGeneration(due, GenerationSkipReason.CreationPolicyNone, ConditionReasons.SecretSynced, ConditionMessages.SecretSynced);
        }

        if (input.CreationPolicy == CreationPolicy.Merge && !target.Exists)
        {
            return SkipGeneration(due, GenerationSkipReason.MergeTargetMissing, ConditionReasons.SecretMissing, ConditionMessages.SecretMissing);
        }

        if (target.Exists && target.HasData && (target.Immutable || input.TargetImmutable))
        {
            return SkipGeneration(due, GenerationSkipReason.ImmutableTarget, ConditionReasons.SecretSynced, ConditionMessages.SecretSynced);
        }

        return due;
    }

    private static RefreshResult SkipGeneration(RefreshResult due, GenerationSkipReason skip, string readyReason, string readyMessage) =>
        due with
        {
            Action = RefreshAction.SyncWithoutGeneration,
            SkipReason = skip,
            ReadyReason = readyReason,
            ReadyMessage = readyMessage,
        };

    /// <summary>
    /// Computes when to look again after deciding nothing: the interval point refreshTime + interval (nothing for
    /// interval 0) or the lease's refresh point, whichever is earlier. CreatedOnce and OnChange never refresh on
    /// the interval, so for them the interval only spaces re-checks from now. ESO requeues those "now" through its
    /// rate limiter once the interval has passed, which would spin under a fake clock.
    /// </summary>
    private static DateTimeOffset? NextCheckAt(RefreshInput input)
    {
        var interval = input.EffectiveRefreshInterval;
        DateTimeOffset? periodic = null;
        if (interval > TimeSpan.Zero)
        {
            periodic = input.RefreshPolicy == RefreshPolicy.Periodic && input.RefreshTime is { } refreshTime && refreshTime + interval > input.Now
                ? refreshTime + interval
                : input.Now + interval;
        }

        DateTimeOffset? lease = input.RefreshPolicy == RefreshPolicy.CreatedOnce ? null : input.Lease?.RefreshAt;

        return Earliest(periodic, lease);
    }

    internal static DateTimeOffset? Earliest(DateTimeOffset? first, DateTimeOffset? second) =>
        (first, second) switch
        {
            (null, _) => second,
            (_, null) => first,
            _ => first < second ? first : second,
        };
}
