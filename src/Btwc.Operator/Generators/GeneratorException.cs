using Btwc.Operator.Decisions.Backoff;

namespace Btwc.Operator.Generators;

/// <summary>
/// A generator could not produce credentials. The message is shown to users in conditions and events, so it
/// names the field, the value and the fix, and never contains a token or credential value.
/// </summary>
public sealed class GeneratorException : Exception
{
    /// <summary>Initializes a new instance with the failure class that decides how soon to retry.</summary>
    /// <param name="failureClass">How the failure is retried.</param>
    /// <param name="reason">The condition and event reason to report.</param>
    /// <param name="message">The user-facing message.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public GeneratorException(FailureClass failureClass, string reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FailureClass = failureClass;
        Reason = reason;
    }

    /// <summary>Initializes a new instance with a transient failure class.</summary>
    public GeneratorException()
        : this(FailureClass.Transient, "SecretSyncedError", "The generator failed.")
    {
    }

    /// <summary>Initializes a new instance with a transient failure class.</summary>
    /// <param name="message">The user-facing message.</param>
    public GeneratorException(string message)
        : this(FailureClass.Transient, "SecretSyncedError", message)
    {
    }

    /// <summary>Initializes a new instance with a transient failure class.</summary>
    /// <param name="message">The user-facing message.</param>
    /// <param name="innerException">The underlying error.</param>
    public GeneratorException(string message, Exception innerException)
        : this(FailureClass.Transient, "SecretSyncedError", message, innerException)
    {
    }

    /// <summary>Gets how the failure is retried.</summary>
    public FailureClass FailureClass { get; }

    /// <summary>Gets the condition and event reason to report.</summary>
    public string Reason { get; }

    /// <summary>Gets the server-requested wait before the next call, when the backend sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets the throttling partition (API URL and site) the failure belongs to, when known.</summary>
    public string? Partition { get; init; }
}
