using System.Collections.Concurrent;
using Btwc.Client;

namespace Btwc.Operator.Generators.Internal;

/// <summary>
/// Keeps one BeyondTrust client per (API URL, site, CA bundle, token), so a generate call does not parse the CA
/// bundle and build a retry pipeline each time. A rotated token or a changed CA makes a new entry; the cache is
/// emptied when it reaches <see cref="MaxEntries"/>, which bounds what stale entries can hold.
/// </summary>
internal sealed class ClientCache
{
    /// <summary>The most clients kept before the cache starts over.</summary>
    public const int MaxEntries = 256;

    private readonly BtwcClientFactory _factory;
    private readonly ConcurrentDictionary<ClientKey, IBtwcClient> _clients = new();

    public ClientCache(BtwcClientFactory factory)
    {
        _factory = factory;
    }

    public int Count => _clients.Count;

    /// <exception cref="BtwcConfigurationException">A setting is invalid.</exception>
    public IBtwcClient Get(string apiUrl, string siteId, string? caPem, string token)
    {
        var key = new ClientKey(apiUrl, siteId, caPem, token);
        if (_clients.TryGetValue(key, out var client))
        {
            return client;
        }

        client = _factory.Create(new BtwcClientOptions
        {
            ApiUrl = apiUrl,
            SiteId = siteId,
            CaBundlePem = caPem,
            TokenSource = _ => ValueTask.FromResult(token),
        });
        if (_clients.Count >= MaxEntries)
        {
            _clients.Clear();
        }

        return _clients.GetOrAdd(key, client);
    }

    /// <summary>The cache key. It contains the token, so its text form leaves every field out.</summary>
    private sealed record ClientKey(string ApiUrl, string SiteId, string? CaPem, string Token)
    {
        public override string ToString() => "client key";
    }
}
