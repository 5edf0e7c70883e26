using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Btwc.Simulator.Internal;
using Btwc.Simulator.Internal.Model;

namespace Btwc.Simulator;

/// <summary>
/// The mutable tenant data of a simulator: sites, tokens, static secrets and dynamic secret definitions.
/// Thread-safe; changes apply to the next request.
/// </summary>
public sealed partial class SimulatorState
{
    private readonly ConcurrentDictionary<string, SiteData> _sites = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly SimulatorRandom _random;

    internal SimulatorState(TimeProvider time, SimulatorRandom random)
    {
        _time = time;
        _random = random;
    }

    /// <summary>The ids of the sites, in no particular order.</summary>
    public IReadOnlyCollection<string> SiteIds => [.. _sites.Keys];

    /// <summary>Adds an empty site; does nothing when it exists.</summary>
    /// <param name="siteId">The site id, usually a UUID.</param>
    public void AddSite(string siteId)
    {
        ValidateSiteId(siteId);
        _sites.GetOrAdd(siteId, static id => new SiteData(id));
    }

    /// <summary>Removes a site with all its tokens and secrets.</summary>
    /// <param name="siteId">The site id.</param>
    /// <returns>Whether the site existed.</returns>
    public bool RemoveSite(string siteId) => _sites.TryRemove(siteId, out _);

    /// <summary>Adds or replaces a token of a site.</summary>
    /// <param name="siteId">An existing site id.</param>
    /// <param name="token">The bearer token value.</param>
    /// <param name="permissions">The grants; <see langword="null"/> grants every action on every folder.</param>
    /// <param name="expiresAt">When the token stops working; <see langword="null"/> for never.</param>
    public void AddToken(string siteId, string token, IEnumerable<TokenPermission>? permissions = null, DateTimeOffset? expiresAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        // Folders are stored normalized ("*" as "", no outer slashes) so the request path compares them as they are.
        var grants = (permissions ?? [TokenPermission.All])
            .Select(grant => grant with { Folder = SecretPaths.NormalizeFolder(grant.Folder == "*" ? string.Empty : grant.Folder) })
            .ToArray();
        GetSite(siteId).Tokens[token] = new TokenRecord(grants, expiresAt);
    }

    /// <summary>Removes a token, so requests with it get 401.</summary>
    /// <param name="siteId">The site id.</param>
    /// <param name="token">The bearer token value.</param>
    /// <returns>Whether the token existed.</returns>
    public bool RevokeToken(string siteId, string token) =>
        _sites.TryGetValue(siteId, out var site) && site.Tokens.TryRemove(token, out _);

    internal bool TryGetSite(string siteId, [NotNullWhen(true)] out SiteData? site) => _sites.TryGetValue(siteId, out site);

    private SiteData GetSite(string siteId)
    {
        ArgumentNullException.ThrowIfNull(siteId);

        return _sites.TryGetValue(siteId, out var site)
            ? site
            : throw new KeyNotFoundException($"Site '{siteId}' does not exist: call AddSite first.");
    }

    private static void ValidateSiteId(string siteId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        if (siteId.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Site id '{siteId}' is invalid: it must not contain '/'.", nameof(siteId));
        }
    }
}
