namespace Btwc.Client;

/// <summary>The kind of failure a <see cref="BtwcApiException"/> reports.</summary>
public enum BtwcErrorKind
{
    /// <summary>The API returned a status code that means failure, or a 200 list response carried an <c>error</c> field.</summary>
    Http,

    /// <summary>No complete response arrived within <see cref="BtwcClientOptions.RequestTimeout"/>.</summary>
    Timeout,

    /// <summary>The connection failed: DNS, TCP, TLS (including an untrusted server certificate) or a dropped connection.</summary>
    Transport,

    /// <summary>The response body was longer than <see cref="BtwcClientOptions.MaxResponseBytes"/>.</summary>
    ResponseTooLarge,

    /// <summary>The response body was not the JSON document the API defines.</summary>
    InvalidResponse,

    /// <summary>A generate response contained no credential: the <c>secret</c> object was missing, null or empty.</summary>
    EmptyCredential,
}
