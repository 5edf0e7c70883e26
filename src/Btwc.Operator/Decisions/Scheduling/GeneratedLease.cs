namespace Btwc.Operator.Decisions.Scheduling;

/// <summary>The timing facts of one generated credential.</summary>
/// <param name="LeaseId">The lease id the API returned, if any. Together with the object uid it fixes the jitter.</param>
/// <param name="IssuedAt">When the operator received the credential (the start of the generate call).</param>
/// <param name="ExpiresAt">The parsed <c>expiration</c>. Null when the API sent none or an unparsable one.</param>
/// <param name="RawExpiration">The <c>expiration</c> text as received, quoted in warnings when it could not be parsed.</param>
public sealed record GeneratedLease(
    string? LeaseId,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt,
    string? RawExpiration = null)
{
    /// <summary>The credential lifetime, or null when the expiration is missing or not after the issue time.</summary>
    public TimeSpan? Lifetime => ExpiresAt is { } expiresAt && expiresAt > IssuedAt ? expiresAt - IssuedAt : null;
}
