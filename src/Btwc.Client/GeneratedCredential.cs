namespace Btwc.Client;

/// <summary>
/// A credential minted by a generate call: every key of the response's <c>secret</c> object, in response order,
/// plus the lease id and expiration read from it. Never empty.
/// </summary>
public sealed class GeneratedCredential
{
    /// <summary>Creates a credential from its key/value pairs.</summary>
    /// <param name="values">The pairs in response order; strings verbatim, other JSON values as compact JSON text.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public GeneratedCredential(IReadOnlyList<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A generated credential needs at least one value.", nameof(values));
        }

        Values = values;
        foreach (var pair in values)
        {
            if (pair.Key == "leaseId")
            {
                LeaseId = pair.Value;
            }
            else if (pair.Key == "expiration")
            {
                RawExpiration = pair.Value;
                Expiration = Internal.Rfc3339.TryParse(pair.Value, out var parsed) ? parsed : null;
            }
        }
    }

    /// <summary>
    /// Every key of the <c>secret</c> object in response order. Strings are verbatim; numbers keep their exact
    /// text (<c>12345678901234567890</c> stays as written); booleans are <c>true</c>/<c>false</c>, null is
    /// <c>null</c>, objects and arrays are compact JSON.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; }

    /// <summary>The <c>leaseId</c> value, when present.</summary>
    public string? LeaseId { get; }

    /// <summary>The <c>expiration</c> value parsed as RFC 3339, when present and valid.</summary>
    public DateTimeOffset? Expiration { get; }

    /// <summary>The <c>expiration</c> value as sent, when present.</summary>
    public string? RawExpiration { get; }
}
