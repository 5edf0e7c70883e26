namespace Btwc.Client;

/// <summary>One static secret: its key/value pairs and metadata.</summary>
public sealed class StaticSecret
{
    /// <summary>Creates a static secret.</summary>
    /// <param name="path">The path the secret was read from.</param>
    /// <param name="values">The pairs in response order; strings verbatim, other JSON values as compact JSON text.</param>
    public StaticSecret(SecretPath path, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Path = path;
        Values = values;
    }

    /// <summary>The path the secret was read from.</summary>
    public SecretPath Path { get; }

    /// <summary>
    /// Every key of the <c>secret</c> object in response order. Strings are verbatim; numbers keep their exact
    /// text; booleans are <c>true</c>/<c>false</c>, null is <c>null</c>, objects and arrays are compact JSON.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; }

    /// <summary>The <c>metadata.tags</c> map; empty when absent. Non-string tag values are kept as JSON text.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The <c>metadata.version</c> value, when present and an integer.</summary>
    public long? Version { get; init; }

    /// <summary>The <c>metadata.id</c> value, when present.</summary>
    public string? Id { get; init; }

    /// <summary>The <c>type</c> value, for example <c>static</c>, when present.</summary>
    public string? Type { get; init; }

    /// <summary>The <c>metadata.createdAt</c> value as sent, when present.</summary>
    public string? CreatedAt { get; init; }
}
