namespace Btwc.Client;

/// <summary>One item of a list response: a static secret's path and metadata, without its values.</summary>
public sealed class StaticSecretEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="path">The path as the API returned it, for example <c>/prod/db/password</c>.</param>
    public StaticSecretEntry(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
    }

    /// <summary>The path as the API returned it, for example <c>/prod/db/password</c>.</summary>
    public string Path { get; }

    /// <summary>The path parsed into folder and name; null when the returned path is not a valid secret path.</summary>
    public SecretPath? SecretPath => Client.SecretPath.TryParse(Path, out var parsed, out _) ? parsed : null;

    /// <summary>The <c>type</c> value, for example <c>static</c>, when present.</summary>
    public string? Type { get; init; }

    /// <summary>The <c>metadata.tags</c> map; empty when absent. Non-string tag values are kept as JSON text.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The <c>metadata.version</c> value, when present and an integer.</summary>
    public long? Version { get; init; }

    /// <summary>The <c>metadata.id</c> value, when present.</summary>
    public string? Id { get; init; }
}
