namespace Btwc.Operator.Decisions.Refresh;

/// <summary>Why <see cref="RefreshDecision"/> decided as it did, for events, logs and metrics.</summary>
public enum RefreshReason
{
    /// <summary>Nothing is due and the target is valid.</summary>
    UpToDate,

    /// <summary>Nothing is due and refresh is disabled (CreatedOnce, or Periodic with refreshInterval 0, after the first sync).</summary>
    RefreshDisabled,

    /// <summary>The status records no sync yet.</summary>
    NeverSynced,

    /// <summary>The generation, a label or an annotation changed since the last sync.</summary>
    SpecChanged,

    /// <summary>The status records a sync but no refresh time.</summary>
    RefreshTimeMissing,

    /// <summary>The stored refresh time lies in the future (clock skew or a hand-edited status).</summary>
    RefreshTimeInFuture,

    /// <summary>refreshInterval has elapsed since the last refresh.</summary>
    IntervalElapsed,

    /// <summary>Operator extension: the credential reached its expiry-based refresh point.</summary>
    LeaseExpiring,

    /// <summary>Operator extension: the credential in the target has expired.</summary>
    LeaseExpired,

    /// <summary>The target Secret does not exist.</summary>
    TargetMissing,

    /// <summary>The target Secret lacks the managed label.</summary>
    TargetNotManaged,

    /// <summary>The target's data no longer matches its data-hash annotation (edited by hand).</summary>
    TargetDrifted,
}

/// <summary>What the reconciler does next.</summary>
public enum RefreshAction
{
    /// <summary>Nothing: requeue at <see cref="RefreshResult.NextCheckAt"/>.</summary>
    None,

    /// <summary>Call the generator (mint a credential) and write the target.</summary>
    Generate,

    /// <summary>
    /// Operator extension: a sync is due but a minted credential could never be written, so the generator is not
    /// called. The reconciler applies the target mutation without new data (if any), and marks the sync done
    /// with <see cref="RefreshResult.ReadyReason"/> and <see cref="RefreshResult.ReadyMessage"/>.
    /// </summary>
    SyncWithoutGeneration,
}

/// <summary>Why a due sync does not call the generator.</summary>
public enum GenerationSkipReason
{
    /// <summary>The generator is called, or no sync is due.</summary>
    None,

    /// <summary>creationPolicy None writes nothing, so a credential would be discarded.</summary>
    CreationPolicyNone,

    /// <summary>creationPolicy Merge never creates the target, and it does not exist.</summary>
    MergeTargetMissing,

    /// <summary>The target exists with data and is immutable, so new data could never be written.</summary>
    ImmutableTarget,
}
