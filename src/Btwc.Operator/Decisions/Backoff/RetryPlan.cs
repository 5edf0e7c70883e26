namespace Btwc.Operator.Decisions.Backoff;

/// <summary>The outcome of <see cref="RetryBackoff.Next"/>.</summary>
/// <param name="Delay">How long to wait before the next attempt.</param>
/// <param name="RetryAt">Now plus <paramref name="Delay"/>.</param>
/// <param name="Priority">
/// Whether the credential in the target expires before the ordinary retry would run (or has expired), so the
/// retry was moved earlier and should jump the work queue.
/// </param>
/// <param name="WaitForChange">
/// Whether the failure needs a spec or generator change. The retry at <paramref name="RetryAt"/> is only a
/// re-check at the refresh cadence.
/// </param>
public sealed record RetryPlan(TimeSpan Delay, DateTimeOffset RetryAt, bool Priority, bool WaitForChange);
