namespace Btwc.Client.Internal;

/// <summary>A validated, immutable copy of <see cref="BtwcClientOptions"/>.</summary>
internal sealed record ClientSettings(
    string ApiUrl,
    RequestUris Uris,
    Func<CancellationToken, ValueTask<string>> TokenSource,
    TimeSpan RequestTimeout,
    long MaxResponseBytes,
    string ApiVersion);
