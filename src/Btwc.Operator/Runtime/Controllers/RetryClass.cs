namespace Btwc.Operator.Runtime.Controllers;

/// <summary>How the host retries a failed reconcile.</summary>
public enum RetryClass
{
    /// <summary>The reconcile succeeded.</summary>
    None,

    /// <summary>A failure a retry may fix, such as a timeout or a 5xx response; retried with exponential backoff.</summary>
    Transient,

    /// <summary>
    /// A 429 or other request to slow down. The key's partition is throttled for the requested time, and the key
    /// is retried no sooner.
    /// </summary>
    RateLimited,

    /// <summary>
    /// A failure a retry cannot fix, such as invalid configuration; not retried until the object changes or its
    /// requested requeue time comes.
    /// </summary>
    Permanent,
}
