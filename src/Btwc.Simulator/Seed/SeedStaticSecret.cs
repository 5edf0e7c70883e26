using System.Text.Json.Nodes;

namespace Btwc.Simulator;

/// <summary>A static secret of a <see cref="SeedSite"/>.</summary>
public sealed class SeedStaticSecret
{
    /// <summary>The <c>folder/name</c> path, or <c>name</c> for the root folder.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The key/value object; values of any JSON type are kept.</summary>
    public JsonObject? Secret { get; set; }

    /// <summary>The tags returned in <c>metadata.tags</c>; default none.</summary>
    public IDictionary<string, string>? Tags { get; set; }
}
