using System.Diagnostics.CodeAnalysis;

namespace Btwc.Client;

/// <summary>
/// The address of a secret: a folder (empty for the root folder) and a name. <c>production/aws-temp</c> is
/// folder <c>production</c> and name <c>aws-temp</c>; <c>a/b/c/name</c> is folder <c>a/b/c</c>; <c>name</c> is a
/// secret in the root folder.
/// </summary>
public readonly record struct SecretPath
{
    /// <summary>Creates a path from an already validated folder and name.</summary>
    /// <param name="folder">The folder, segments joined by <c>/</c>; empty for the root folder.</param>
    /// <param name="name">The secret name.</param>
    /// <exception cref="BtwcConfigurationException">The folder or the name is invalid.</exception>
    public SecretPath(string folder, string name)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(name);
        var text = folder.Length == 0 ? name : folder + "/" + name;
        if (Internal.PathRules.FindError(text, requireName: true) is { } error)
        {
            throw new BtwcConfigurationException("path", error);
        }

        Folder = folder;
        Name = name;
    }

    /// <summary>The folder, segments joined by <c>/</c>; empty for the root folder.</summary>
    public string Folder { get; }

    /// <summary>The secret name, the last segment of the path.</summary>
    public string Name { get; }

    /// <summary>True when the secret sits in the root folder.</summary>
    public bool IsRoot => Folder.Length == 0;

    /// <summary>
    /// Parses <c>folder/name</c>, <c>a/b/c/name</c> or <c>name</c>. One leading <c>/</c> is tolerated.
    /// </summary>
    /// <param name="path">The path text.</param>
    /// <returns>The parsed path.</returns>
    /// <exception cref="BtwcConfigurationException">The path is empty, ends with <c>/</c>, has an empty segment,
    /// a <c>.</c> or <c>..</c> segment, or a control character.</exception>
    public static SecretPath Parse(string? path)
    {
        if (!TryParse(path, out var parsed, out var error))
        {
            throw new BtwcConfigurationException("path", error);
        }

        return parsed;
    }

    /// <summary>Parses a path like <see cref="Parse(string?)"/> without throwing.</summary>
    /// <param name="path">The path text.</param>
    /// <param name="result">The parsed path when the method returns true.</param>
    /// <param name="error">Why the path is invalid when the method returns false.</param>
    /// <returns>True when <paramref name="path"/> is valid.</returns>
    public static bool TryParse(string? path, out SecretPath result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        error = Internal.PathRules.FindError(path, requireName: true);
        if (error is not null)
        {
            return false;
        }

        var trimmed = path!.StartsWith('/') ? path[1..] : path;
        var slash = trimmed.LastIndexOf('/');
        result = slash < 0
            ? new SecretPath(string.Empty, trimmed, validated: true)
            : new SecretPath(trimmed[..slash], trimmed[(slash + 1)..], validated: true);

        return true;
    }

    /// <summary>Returns <c>folder/name</c>, or the bare name for a secret in the root folder.</summary>
    /// <returns>The path text.</returns>
    public override string ToString() => Folder is null or "" ? Name ?? string.Empty : Folder + "/" + Name;

    private SecretPath(string folder, string name, bool validated)
    {
        _ = validated;
        Folder = folder;
        Name = name;
    }
}
