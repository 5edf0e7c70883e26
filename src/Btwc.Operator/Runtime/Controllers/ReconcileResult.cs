namespace Btwc.Operator.Runtime.Controllers;

/// <summary>
/// The outcome of a reconcile pass that the host acts on: nothing more, another pass after a delay, or a retry of a failure.
/// Create one with the static methods; <see cref="Partition"/> and <see cref="Priority"/> may be set with <c>with</c>.
/// </summary>
public sealed record ReconcileResult
{
    private ReconcileResult()
    {
    }

    /// <summary>How the host retries, or <see cref="RetryClass.None"/> on success.</summary>
    public RetryClass RetryClass { get; private init; }

    /// <summary>When to reconcile again on success, or after a permanent failure; null means only on the next change.</summary>
    public TimeSpan? RequeueAfter { get; private init; }

    /// <summary>The priority of the next pass.</summary>
    public WorkPriority Priority { get; init; }

    /// <summary>The delay the server requested, such as <c>Retry-After</c>; a retry waits at least this long.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>A cap on the retry backoff, such as the object's refresh interval.</summary>
    public TimeSpan? MaxRetryDelay { get; private init; }

    /// <summary>
    /// The partition the object belongs to, such as its BeyondTrust site; a rate-limited result throttles it.
    /// When set on any result, the queue records it, so a throttle on the partition delays the key too.
    /// </summary>
    public string? Partition { get; init; }

    /// <summary>A description of the failure for logs. It must never contain a secret value.</summary>
    public string? Error { get; private init; }

    /// <summary>Whether the pass failed.</summary>
    public bool IsError => RetryClass != RetryClass.None;

    /// <summary>Creates a success that needs no further pass until the object changes.</summary>
    public static ReconcileResult Done() => new();

    /// <summary>Creates a success that requests another pass after <paramref name="after"/>, such as the next refresh.</summary>
    public static ReconcileResult Requeue(TimeSpan after, WorkPriority priority = WorkPriority.Routine) =>
        new() { RequeueAfter = after, Priority = priority };

    /// <summary>Creates a transient failure, retried with exponential backoff capped at <paramref name="maxDelay"/> if given.</summary>
    public static ReconcileResult Retry(string error, WorkPriority priority = WorkPriority.Routine, TimeSpan? maxDelay = null) =>
        new() { RetryClass = RetryClass.Transient, Error = error, Priority = priority, MaxRetryDelay = maxDelay };

    /// <summary>
    /// Creates a rate-limited failure: <paramref name="partition"/>, when given, is throttled for
    /// <paramref name="retryAfter"/>, and the key is retried no sooner.
    /// </summary>
    public static ReconcileResult RateLimited(string error, TimeSpan retryAfter, string? partition, WorkPriority priority = WorkPriority.Routine, TimeSpan? maxDelay = null) =>
        new() { RetryClass = RetryClass.RateLimited, Error = error, RetryAfter = retryAfter, Partition = partition, Priority = priority, MaxRetryDelay = maxDelay };

    /// <summary>Creates a failure a retry cannot fix; the key comes back only on a change or after <paramref name="requeueAfter"/>.</summary>
    public static ReconcileResult Permanent(string error, TimeSpan? requeueAfter = null) =>
        new() { RetryClass = RetryClass.Permanent, Error = error, RequeueAfter = requeueAfter };
}
