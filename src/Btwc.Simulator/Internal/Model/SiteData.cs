using System.Collections.Concurrent;

namespace Btwc.Simulator.Internal.Model;

/// <summary>The data of one tenant site. Secret stores are keyed by <c>folder/name</c> (<c>name</c> at the root).</summary>
internal sealed class SiteData
{
    public SiteData(string id)
    {
        Id = id;
        TokenLookup = Tokens.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Id { get; }

    public ConcurrentDictionary<string, TokenRecord> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Looks tokens up by a slice of the Authorization header without allocating a string.</summary>
    public ConcurrentDictionary<string, TokenRecord>.AlternateLookup<ReadOnlySpan<char>> TokenLookup { get; }

    public ConcurrentDictionary<string, StaticSecretRecord> StaticSecrets { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, DynamicSecretRecord> DynamicSecrets { get; } = new(StringComparer.Ordinal);
}
