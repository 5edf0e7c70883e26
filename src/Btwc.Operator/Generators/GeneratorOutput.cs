namespace Btwc.Operator.Generators;

/// <summary>
/// The credentials one generator call returned: every key in response order, plus the lease facts that the
/// refresh schedule uses. Values are secret; only <see cref="LeaseId"/> and the times may be logged or shown.
/// </summary>
/// <param name="Values">Every key of the generated credential, in the order the API returned them.</param>
/// <param name="LeaseId">The lease id when the API returned one.</param>
/// <param name="IssuedAt">When the operator received the credential.</param>
/// <param name="Expiration">The parsed expiration, or null when it was missing or not RFC 3339.</param>
/// <param name="RawExpiration">The expiration text as returned, for messages.</param>
public sealed record GeneratorOutput(
    IReadOnlyList<KeyValuePair<string, string>> Values,
    string? LeaseId,
    DateTimeOffset IssuedAt,
    DateTimeOffset? Expiration,
    string? RawExpiration);
