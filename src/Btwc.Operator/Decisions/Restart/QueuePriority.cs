namespace Btwc.Operator.Decisions.Restart;

/// <summary>Work-queue priority classes, most urgent first (lower values run first).</summary>
public enum QueuePriority
{
    /// <summary>The ExternalSecret has never synced: its workload has no Secret at all.</summary>
    NeverSynced = 0,

    /// <summary>The credential in the target expires soon or has expired.</summary>
    Expiring = 1,

    /// <summary>A refresh is due: interval elapsed, spec changed, or the target is missing or drifted.</summary>
    Overdue = 2,

    /// <summary>Nothing is due: a planned refresh or re-check.</summary>
    Routine = 3,
}
