namespace Btwc.Simulator;

/// <summary>A dynamic secret definition of a <see cref="SeedSite"/>.</summary>
public sealed class SeedDynamicSecret
{
    /// <summary>The <c>folder/name</c> path, for example <c>production/aws-temp</c>.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The provider: <c>aws</c> (the default) or <c>azure</c>.</summary>
    public string Type { get; set; } = "aws";

    /// <summary>The lifetime of each minted credential in seconds. Default 3600.</summary>
    public int TtlSeconds { get; set; } = 3600;

    /// <summary>Whether AWS credentials carry a <c>sessionToken</c>. Default <see langword="true"/>.</summary>
    public bool IncludeSessionToken { get; set; } = true;

    /// <summary>The Azure tenant id; default a generated UUID.</summary>
    public string? TenantId { get; set; }

    /// <summary>The Azure application (client) id; default a generated UUID.</summary>
    public string? ClientId { get; set; }
}
