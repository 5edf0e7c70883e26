namespace Btwc.Operator.Decisions.Backoff;

/// <summary>How a failed sync is retried.</summary>
public enum FailureClass
{
    /// <summary>Server errors, timeouts, dropped connections, Kubernetes write errors: retried quickly with backoff.</summary>
    Transient,

    /// <summary>HTTP 429: retried like <see cref="Transient"/>, never before Retry-After.</summary>
    RateLimited,

    /// <summary>HTTP 401 or 403: retried slowly, because only a token change fixes it.</summary>
    Authentication,

    /// <summary>
    /// A spec, generator or backend definition that cannot work as written (invalid generator, missing token
    /// Secret, HTTP 400 or 404): not retried hot. A spec or generator change triggers a new attempt, and the
    /// object is re-checked at its refresh cadence in case something unwatched was fixed.
    /// </summary>
    Configuration,
}

/// <summary>Maps failures to a <see cref="FailureClass"/>.</summary>
public static class FailureClassifier
{
    /// <summary>
    /// Classifies a failed BeyondTrust API call by its HTTP status. Null means no response arrived (timeout,
    /// connection failure), which is transient.
    /// </summary>
    public static FailureClass FromHttpStatus(int? statusCode) =>
        statusCode switch
        {
            null => FailureClass.Transient,
            429 => FailureClass.RateLimited,
            401 or 403 => FailureClass.Authentication,
            408 => FailureClass.Transient,
            >= 400 and < 500 => FailureClass.Configuration,
            _ => FailureClass.Transient,
        };
}
