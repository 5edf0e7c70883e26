namespace Kube.Emulator.Faults;

/// <summary>
/// Which requests a fault applies to and how they fail. A null filter matches every value.
/// </summary>
public sealed record FaultRule
{
    /// <summary>The <see cref="Verb"/> value that matches create, update, patch, delete and deletecollection.</summary>
    public const string AnyWrite = "write";

    /// <summary>
    /// Gets the verb: get, list, watch, create, update, patch, delete, deletecollection, or <see cref="AnyWrite"/>.
    /// Null matches every verb.
    /// </summary>
    public string? Verb { get; init; }

    /// <summary>Gets the resource plural, such as <c>secrets</c> or <c>externalsecrets</c>.</summary>
    public string? Resource { get; init; }

    /// <summary>Gets the namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the object name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the subresource, such as <c>status</c>. Null matches requests with and without one.</summary>
    public string? Subresource { get; init; }

    /// <summary>Gets the HTTP status code of the failure. Default 500.</summary>
    public int StatusCode { get; init; } = 500;

    /// <summary>Gets the message of the failure Status. Default: a text naming the injected fault.</summary>
    public string? Message { get; init; }

    /// <summary>Gets how many matching requests fail before the rule is spent. Default 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Gets the Retry-After header in seconds, sent with 429 and 503. Default null (no header).</summary>
    public int? RetryAfterSeconds { get; init; }
}
