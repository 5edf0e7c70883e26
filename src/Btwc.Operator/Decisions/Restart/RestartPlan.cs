using Btwc.Operator.Decisions.Refresh;

namespace Btwc.Operator.Decisions.Restart;

/// <summary>The outcome of <see cref="RestartDecision.Decide"/>.</summary>
/// <param name="RefreshNow">Whether the object is due and should be reconciled (and may mint) at <paramref name="RunAt"/>.</param>
/// <param name="Priority">The work-queue priority class.</param>
/// <param name="RunAt">When to enqueue the object. Null means no timed run: only watch events trigger it.</param>
/// <param name="Refresh">The underlying refresh decision.</param>
public sealed record RestartPlan(bool RefreshNow, QueuePriority Priority, DateTimeOffset? RunAt, RefreshResult Refresh);
