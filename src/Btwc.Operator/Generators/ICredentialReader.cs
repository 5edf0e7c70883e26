namespace Btwc.Operator.Generators;

/// <summary>
/// Reads the Kubernetes Secret and ConfigMap keys that generators reference: API tokens and CA bundles.
/// </summary>
public interface ICredentialReader
{
    /// <summary>Reads one key of a Secret.</summary>
    /// <param name="namespaceName">The Secret's namespace.</param>
    /// <param name="name">The Secret's name.</param>
    /// <param name="key">The data key.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The value, or a result saying whether the object or the key is missing.</returns>
    ValueTask<KeyReadResult> ReadSecretKeyAsync(string namespaceName, string name, string key, CancellationToken cancellationToken);

    /// <summary>Reads one key of a ConfigMap (<c>data</c>, then <c>binaryData</c>).</summary>
    /// <param name="namespaceName">The ConfigMap's namespace.</param>
    /// <param name="name">The ConfigMap's name.</param>
    /// <param name="key">The data key.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The value, or a result saying whether the object or the key is missing.</returns>
    ValueTask<KeyReadResult> ReadConfigMapKeyAsync(string namespaceName, string name, string key, CancellationToken cancellationToken);

    /// <summary>Drops any cached copy of a Secret, so the next read returns a rotated value.</summary>
    /// <param name="namespaceName">The Secret's namespace.</param>
    /// <param name="name">The Secret's name.</param>
    void Invalidate(string namespaceName, string name);
}

/// <summary>The outcome of reading one key of a Secret or ConfigMap.</summary>
/// <param name="ObjectFound">Whether the object exists.</param>
/// <param name="Value">The key's bytes, or null when the object or the key is missing.</param>
public readonly record struct KeyReadResult(bool ObjectFound, byte[]? Value);
