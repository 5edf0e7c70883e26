namespace Btwc.Simulator;

/// <summary>One site of a <see cref="SimulatorSeed"/>.</summary>
public sealed class SeedSite
{
    /// <summary>The site id, usually a UUID such as <c>a1b2c3d4-e5f6-7890-abcd-ef1234567890</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The tokens accepted by the site.</summary>
    public IList<SeedToken> Tokens { get; set; } = [];

    /// <summary>The static secrets.</summary>
    public IList<SeedStaticSecret> StaticSecrets { get; set; } = [];

    /// <summary>The dynamic secret definitions.</summary>
    public IList<SeedDynamicSecret> DynamicSecrets { get; set; } = [];
}
