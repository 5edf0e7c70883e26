namespace Btwc.Operator.Kubernetes;

/// <summary>The API server returned 409: the object changed since it was read, or it already exists.</summary>
public sealed class ConflictException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public ConflictException()
    {
    }

    /// <summary>Initializes a new instance with the server's message.</summary>
    /// <param name="message">The server's message.</param>
    public ConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the server's message and the client error.</summary>
    /// <param name="message">The server's message.</param>
    /// <param name="innerException">The client error.</param>
    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
