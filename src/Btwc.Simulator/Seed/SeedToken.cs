namespace Btwc.Simulator;

/// <summary>A token of a <see cref="SeedSite"/>.</summary>
public sealed class SeedToken
{
    /// <summary>The bearer token value.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>When the token stops working; default <see langword="null"/> for never.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The grants; default <see langword="null"/> grants every action on every folder.</summary>
    public IList<SeedPermission>? Permissions { get; set; }
}
