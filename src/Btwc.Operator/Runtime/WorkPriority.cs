namespace Btwc.Operator.Runtime;

/// <summary>
/// The urgency of a queued key. Among keys that are ready, the queue hands out a higher priority first,
/// and keys of equal priority in the order they became ready.
/// </summary>
/// <remarks>
/// This enum belongs to the transport layer. Decision code that ranks refreshes maps its own ranking onto it.
/// </remarks>
public enum WorkPriority
{
    /// <summary>A scheduled refresh or a watch event that is on time.</summary>
    Routine = 0,

    /// <summary>A refresh that is past its planned time, for example after a restart or failover.</summary>
    Overdue = 1,

    /// <summary>A credential that is about to expire, so a retry must not wait behind routine work.</summary>
    Expiring = 2,

    /// <summary>An object that has never been synced, so a user is waiting for its first Secret.</summary>
    NeverSynced = 3,
}
