using System.Collections.ObjectModel;

namespace Btwc.Simulator;

public sealed partial class SimulatorState
{
    /// <summary>Adds the sites, tokens and secrets of a seed; existing entries with the same keys are replaced.</summary>
    /// <param name="seed">The seed.</param>
    /// <exception cref="ArgumentException">An entry of the seed is invalid; the message names it.</exception>
    public void Apply(SimulatorSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        foreach (var site in seed.Sites ?? [])
        {
            AddSite(site.Id);
            foreach (var token in site.Tokens ?? [])
            {
                AddToken(site.Id, token.Value, token.Permissions?.Select(ToPermission).ToArray(), token.ExpiresAt);
            }

            foreach (var secret in site.StaticSecrets ?? [])
            {
                var value = secret.Secret ?? throw new ArgumentException($"Static secret '{secret.Path}' of site '{site.Id}' has no 'secret' object.", nameof(seed));
                var tags = secret.Tags is null ? null : new ReadOnlyDictionary<string, string>(secret.Tags);
                PutStaticSecret(site.Id, secret.Path, value, tags);
            }

            foreach (var dynamic in site.DynamicSecrets ?? [])
            {
                PutDynamicSecret(site.Id, dynamic.Path, ToDefinition(dynamic));
            }
        }
    }

    internal static DynamicSecretDefinition ToDefinition(SeedDynamicSecret dynamic)
    {
        var type = dynamic.Type.ToUpperInvariant() switch
        {
            "AWS" => DynamicSecretType.Aws,
            "AZURE" => DynamicSecretType.Azure,
            _ => throw new ArgumentException($"Dynamic secret '{dynamic.Path}' has type '{dynamic.Type}': use 'aws' or 'azure'.", nameof(dynamic)),
        };

        return new DynamicSecretDefinition
        {
            Type = type,
            TtlSeconds = dynamic.TtlSeconds,
            IncludeSessionToken = dynamic.IncludeSessionToken,
            TenantId = dynamic.TenantId,
            ClientId = dynamic.ClientId,
        };
    }

    internal static TokenPermission ToPermission(SeedPermission permission)
    {
        var actions = SecretActions.None;
        foreach (var action in permission.Actions ?? [])
        {
            actions |= action.ToUpperInvariant() switch
            {
                "READ" => SecretActions.Read,
                "GENERATE" => SecretActions.Generate,
                "*" => SecretActions.All,
                _ => throw new ArgumentException($"Permission action '{action}' on folder '{permission.Folder}' is unknown: use 'read', 'generate' or '*'.", nameof(permission)),
            };
        }

        return new TokenPermission(permission.Folder, actions);
    }
}
