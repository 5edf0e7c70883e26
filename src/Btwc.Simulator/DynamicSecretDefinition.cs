namespace Btwc.Simulator;

/// <summary>A dynamic secret definition: what a generate call on its path mints.</summary>
public sealed record DynamicSecretDefinition
{
    /// <summary>The provider. Default <see cref="DynamicSecretType.Aws"/>.</summary>
    public DynamicSecretType Type { get; init; } = DynamicSecretType.Aws;

    /// <summary>
    /// Lifetime of each minted credential in seconds; <c>expiration</c> is the issue time plus this value.
    /// Default 3600. Must be positive. The real service accepts 900 to 43200 for AWS and 3600 to 86400 for
    /// Azure. The simulator accepts any positive value, so tests can use short lifetimes.
    /// </summary>
    public int TtlSeconds { get; init; } = 3600;

    /// <summary>Whether AWS credentials carry a <c>sessionToken</c>. Default <see langword="true"/>. Ignored for Azure.</summary>
    public bool IncludeSessionToken { get; init; } = true;

    /// <summary>The Azure tenant id returned as <c>tenantId</c>. Default: a UUID generated when the definition is stored.</summary>
    public string? TenantId { get; init; }

    /// <summary>The Azure application id returned as <c>clientId</c>. Default: a UUID generated when the definition is stored.</summary>
    public string? ClientId { get; init; }

    /// <summary>Creates an AWS definition.</summary>
    /// <param name="ttlSeconds">Lifetime of each credential in seconds.</param>
    /// <param name="includeSessionToken">Whether credentials carry a <c>sessionToken</c>.</param>
    /// <returns>The definition.</returns>
    public static DynamicSecretDefinition Aws(int ttlSeconds = 3600, bool includeSessionToken = true) =>
        new() { Type = DynamicSecretType.Aws, TtlSeconds = ttlSeconds, IncludeSessionToken = includeSessionToken };

    /// <summary>Creates an Azure definition.</summary>
    /// <param name="ttlSeconds">Lifetime of each credential in seconds.</param>
    /// <returns>The definition.</returns>
    public static DynamicSecretDefinition Azure(int ttlSeconds = 3600) =>
        new() { Type = DynamicSecretType.Azure, TtlSeconds = ttlSeconds };
}
