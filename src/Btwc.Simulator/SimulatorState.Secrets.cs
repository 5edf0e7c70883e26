using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Btwc.Simulator.Internal;
using Btwc.Simulator.Internal.Model;

namespace Btwc.Simulator;

public sealed partial class SimulatorState
{
    /// <summary>
    /// Stores a static secret. Writing an existing path adds a version and keeps its id.
    /// </summary>
    /// <param name="siteId">An existing site id.</param>
    /// <param name="path">The <c>folder/name</c> path (<c>name</c> for the root folder; a leading slash is tolerated).</param>
    /// <param name="secret">The key/value object returned as <c>secret</c>; values of any JSON type are kept as written.</param>
    /// <param name="tags">Tags returned in <c>metadata.tags</c>; default none.</param>
    public void PutStaticSecret(string siteId, string path, JsonObject secret, IReadOnlyDictionary<string, string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var site = GetSite(siteId);
        var (folder, name) = SecretPaths.Split(path);
        var now = Json.TruncateToSeconds(_time.GetUtcNow());
        var tagCopy = tags is null ? ImmutableSortedDictionary<string, string>.Empty : tags.ToImmutableSortedDictionary(StringComparer.Ordinal);
        site.StaticSecrets.AddOrUpdate(
            SecretPaths.Key(folder, name),
            _ => new StaticSecretRecord(folder, name, _random.NewGuid().ToString(), secret, tagCopy, [new SecretVersion(1, now)]),
            (_, old) => new StaticSecretRecord(folder, name, old.Id, secret, tagCopy, old.Versions.Add(new SecretVersion(old.Versions[^1].Version + 1, now))));
    }

    /// <summary>Deletes a static secret, so reads of it get 404.</summary>
    /// <param name="siteId">The site id.</param>
    /// <param name="path">The <c>folder/name</c> path.</param>
    /// <returns>Whether the secret existed.</returns>
    public bool DeleteStaticSecret(string siteId, string path)
    {
        var (folder, name) = SecretPaths.Split(path);

        return _sites.TryGetValue(siteId, out var site) && site.StaticSecrets.TryRemove(SecretPaths.Key(folder, name), out _);
    }

    /// <summary>Stores or replaces a dynamic secret definition.</summary>
    /// <param name="siteId">An existing site id.</param>
    /// <param name="path">The <c>folder/name</c> path, for example <c>production/aws-temp</c>.</param>
    /// <param name="definition">What generate calls on this path mint.</param>
    public void PutDynamicSecret(string siteId, string path, DynamicSecretDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.TtlSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(definition), definition.TtlSeconds, $"TtlSeconds '{definition.TtlSeconds}' of '{path}' is invalid: use a positive number of seconds.");
        }

        var site = GetSite(siteId);
        var (folder, name) = SecretPaths.Split(path);
        var record = new DynamicSecretRecord(
            folder,
            name,
            _random.NewGuid().ToString(),
            definition,
            definition.TenantId ?? _random.NewGuid().ToString(),
            definition.ClientId ?? _random.NewGuid().ToString(),
            Json.TruncateToSeconds(_time.GetUtcNow()));
        site.DynamicSecrets[SecretPaths.Key(folder, name)] = record;
    }

    /// <summary>Deletes a dynamic secret definition, so generate calls on it get 404.</summary>
    /// <param name="siteId">The site id.</param>
    /// <param name="path">The <c>folder/name</c> path.</param>
    /// <returns>Whether the definition existed.</returns>
    public bool DeleteDynamicSecret(string siteId, string path)
    {
        var (folder, name) = SecretPaths.Split(path);

        return _sites.TryGetValue(siteId, out var site) && site.DynamicSecrets.TryRemove(SecretPaths.Key(folder, name), out _);
    }
}
