namespace Btwc.Client;

/// <summary>Settings of one BTWC client: the tenant, the token, trust, limits and retries.</summary>
public sealed class BtwcClientOptions
{
    /// <summary>The default of <see cref="RequestTimeout"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default of <see cref="MaxResponseBytes"/>: 10 MiB.</summary>
    public const long DefaultMaxResponseBytes = 10L * 1024 * 1024;

    /// <summary>The default of <see cref="ApiVersion"/>.</summary>
    public const string DefaultApiVersion = "2026-04-28";

    /// <summary>
    /// The API URL, an absolute https URL with a host and no query or fragment, for example
    /// <c>https://api.beyondtrust.io/site</c>. Trailing slashes are removed; requests go to
    /// <c>{ApiUrl}/{SiteId}/secrets/...</c>. Required.
    /// </summary>
    public string ApiUrl { get; set; } = string.Empty;

    /// <summary>The tenant's site id, a UUID in the 8-4-4-4-12 hexadecimal form (any version). Required.</summary>
    public string SiteId { get; set; } = string.Empty;

    /// <summary>
    /// Returns the bearer token. Called before every request, retries included, so a rotated token is used at
    /// once. Surrounding whitespace is removed. Required.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? TokenSource { get; set; }

    /// <summary>
    /// PEM text of one or more CA certificates trusted in addition to the system roots, for this client only.
    /// Base64 of the PEM text is accepted too. Default: null (system roots only).
    /// </summary>
    public string? CaBundlePem { get; set; }

    /// <summary>The time one attempt may take, from sending the request to the end of the body. Default: 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>
    /// The largest response body accepted, in bytes. A longer body fails the call with
    /// <see cref="BtwcErrorKind.ResponseTooLarge"/>. Default: 10 MiB (10,485,760 bytes).
    /// </summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The value of the <c>bt-secrets-api-version</c> header. Default: <c>2026-04-28</c>.</summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>When and how often calls are retried. Default: see <see cref="BtwcRetryOptions"/>.</summary>
    public BtwcRetryOptions Retry { get; set; } = new();
}
