namespace Btwc.Operator.Runtime.Internal;

/// <summary>
/// The queue's bookkeeping for one key. Entries in the ready queues and the delayed heap carry a sequence
/// number. An entry whose number no longer matches the state is stale, so it is skipped when it surfaces.
/// </summary>
internal sealed class KeyState
{
    public bool Queued { get; set; }

    public long ReadySequence { get; set; }

    public WorkPriority ReadyPriority { get; set; }

    public long ReadyTimestamp { get; set; }

    public bool Processing { get; set; }

    public long ProcessingTimestamp { get; set; }

    /// <summary>Whether the key was added while it was processing, so it goes back to the ready queue on Done.</summary>
    public bool Dirty { get; set; }

    public WorkPriority DirtyPriority { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public long DueSequence { get; set; }

    public WorkPriority DuePriority { get; set; }

    public int Failures { get; set; }

    public string? Partition { get; set; }

    /// <summary>Whether the state records nothing, so the queue can drop it.</summary>
    public bool IsIdle => !Queued && !Processing && !Dirty && DueAt is null && Failures == 0 && Partition is null;
}
