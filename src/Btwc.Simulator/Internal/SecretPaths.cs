namespace Btwc.Simulator.Internal;

/// <summary>Parsing and matching of folder/name paths.</summary>
internal static class SecretPaths
{
    /// <summary>Splits <c>a/b/name</c> into folder <c>a/b</c> and name <c>name</c>; a leading slash is tolerated.</summary>
    public static (string Folder, string Name) Split(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.StartsWith('/') ? path[1..] : path;
        var slash = trimmed.LastIndexOf('/');
        var name = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        var folder = slash < 0 ? string.Empty : trimmed[..slash];
        if (name.Length == 0)
        {
            throw new ArgumentException($"Secret path '{path}' has an empty name: write it as folder/name or name.", nameof(path));
        }

        return (NormalizeFolder(folder), name);
    }

    /// <summary>Trims slashes from both ends and rejects empty segments such as <c>a//b</c>.</summary>
    public static string NormalizeFolder(string? folder)
    {
        if (string.IsNullOrEmpty(folder))
        {
            return string.Empty;
        }

        var trimmed = folder.Trim('/');
        if (trimmed.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Folder '{folder}' has an empty segment: remove the doubled slash.", nameof(folder));
        }

        return trimmed;
    }

    /// <summary>Joins a folder and a name into the key used by the secret stores.</summary>
    public static string Key(string folder, string name) => folder.Length == 0 ? name : string.Concat(folder, "/", name);

    /// <summary>Whether <paramref name="folder"/> is <paramref name="prefix"/> or beneath it, on whole segments.</summary>
    public static bool IsWithin(string folder, string prefix)
    {
        if (prefix.Length == 0 || prefix == "*")
        {
            return true;
        }

        return folder.Length == prefix.Length
            ? string.Equals(folder, prefix, StringComparison.Ordinal)
            : folder.Length > prefix.Length && folder[prefix.Length] == '/' && folder.StartsWith(prefix, StringComparison.Ordinal);
    }
}
