namespace Btwc.Client;

/// <summary>
/// A failed call to the BTWC API. The message names the operation, the quoted folder/name path and the cause;
/// it never contains the token or a credential value.
/// </summary>
public sealed class BtwcApiException : Exception
{
    /// <summary>Creates an exception of <paramref name="kind"/> with a complete message.</summary>
    /// <param name="kind">The kind of failure.</param>
    /// <param name="message">The complete message, without the token or any secret value.</param>
    /// <param name="innerException">The transport or parser exception that caused the failure, if any.</param>
    public BtwcApiException(BtwcErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates an <see cref="BtwcErrorKind.Http"/> exception with a generic message.</summary>
    public BtwcApiException()
        : this(BtwcErrorKind.Http, "The BTWC API call failed.")
    {
    }

    /// <summary>Creates an <see cref="BtwcErrorKind.Http"/> exception.</summary>
    /// <param name="message">The complete message.</param>
    public BtwcApiException(string message)
        : this(BtwcErrorKind.Http, message)
    {
    }

    /// <summary>Creates an <see cref="BtwcErrorKind.Http"/> exception that wraps <paramref name="innerException"/>.</summary>
    /// <param name="message">The complete message.</param>
    /// <param name="innerException">The cause.</param>
    public BtwcApiException(string message, Exception innerException)
        : this(BtwcErrorKind.Http, message, innerException)
    {
    }

    /// <summary>The kind of failure.</summary>
    public BtwcErrorKind Kind { get; }

    /// <summary>The operation that failed: <c>session</c>, <c>get</c>, <c>list</c> or <c>generate</c>.</summary>
    public string? Operation { get; init; }

    /// <summary>The HTTP status code of the response, when one arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The API's <c>error</c> or <c>code</c> field from the error body, when present.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The API's <c>message</c> field from the error body, when present.</summary>
    public string? ApiMessage { get; init; }

    /// <summary>The API's <c>details</c> object from the error body as compact JSON, when present.</summary>
    public string? Details { get; init; }

    /// <summary>
    /// The secret path the call addressed: <c>folder/name</c> for get and generate, the folder for list
    /// (empty for the root folder), and null for the session check.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>The delay the server asked for in a <c>Retry-After</c> header, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True for HTTP 404: the secret, folder or dynamic secret definition does not exist.</summary>
    public bool IsNotFound => StatusCode == 404;

    /// <summary>True for HTTP 401 (token invalid or expired) and 403 (token lacks permission).</summary>
    public bool IsAuthenticationFailure => StatusCode is 401 or 403;

    /// <summary>True for HTTP 429: the server rate-limited the call.</summary>
    public bool IsRateLimited => StatusCode == 429;

    /// <summary>
    /// True when the server reported that it did not process the request (HTTP 429 or 503), so repeating a generate call
    /// cannot mint a second credential.
    /// </summary>
    public bool RequestNotProcessed => StatusCode is 429 or 503;

    /// <summary>
    /// True for failures that may pass on their own: timeouts, transport failures other than an untrusted
    /// certificate, HTTP 408, 429 and 5xx.
    /// </summary>
    public bool IsTransient => Kind switch
    {
        BtwcErrorKind.Timeout => true,
        BtwcErrorKind.Transport => !IsCertificateNotTrusted,
        BtwcErrorKind.Http => StatusCode is 408 or 429 or >= 500,
        _ => false,
    };

    /// <summary>True when the TLS handshake failed because the server certificate was not trusted.</summary>
    public bool IsCertificateNotTrusted { get; init; }
}
