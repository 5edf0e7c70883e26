namespace Btwc.Simulator.Internal.Model;

/// <summary>One version of a static secret as listed under <c>versions</c>.</summary>
internal readonly record struct SecretVersion(int Version, DateTimeOffset CreatedAt);
