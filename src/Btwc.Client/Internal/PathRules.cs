using System.Globalization;

namespace Btwc.Client.Internal;

/// <summary>The rules for secret paths and folders, shared by <see cref="SecretPath"/> and the list call.</summary>
internal static class PathRules
{
    /// <summary>Returns why <paramref name="path"/> is not a valid secret path or folder, or null when it is.</summary>
    /// <param name="path">The path; one leading <c>/</c> is tolerated.</param>
    /// <param name="requireName">True for a secret path, which must end with a name; false for a folder, where the
    /// empty string means the root folder and one trailing <c>/</c> is tolerated.</param>
    public static string? FindError(string? path, bool requireName)
    {
        var subject = requireName ? "secret path" : "folder";
        if (string.IsNullOrEmpty(path))
        {
            return requireName
                ? "The secret path is empty. Write it as \"folder/name\", \"a/b/c/name\" or \"name\"."
                : null;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (char.IsControl(path[i]))
            {
                var code = ((int)path[i]).ToString("X4", CultureInfo.InvariantCulture);
                return $"The {subject} {Quoting.Quote(path)} contains the control character U+{code} at index {i}. Remove it.";
            }
        }

        var body = path.StartsWith('/') ? path[1..] : path;
        if (!requireName && body.EndsWith('/'))
        {
            body = body[..^1];
        }

        if (body.Length == 0)
        {
            return requireName
                ? $"The secret path {Quoting.Quote(path)} has no name. Write it as \"folder/name\" or \"name\"."
                : null;
        }

        if (requireName && body.EndsWith('/'))
        {
            return $"The secret path {Quoting.Quote(path)} ends with \"/\", so its name is empty. Remove the trailing \"/\" or add the secret name.";
        }

        return FindSegmentError(path, body, subject);
    }

    /// <summary>Returns the folder without its leading and trailing <c>/</c>; empty for the root folder.</summary>
    public static string NormalizeFolder(string? folder)
    {
        if (string.IsNullOrEmpty(folder))
        {
            return string.Empty;
        }

        var body = folder.StartsWith('/') ? folder[1..] : folder;

        return body.EndsWith('/') ? body[..^1] : body;
    }

    private static string? FindSegmentError(string path, string body, string subject)
    {
        var segments = body.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                return $"The {subject} {Quoting.Quote(path)} has an empty segment (segment {i + 1}). Remove the doubled \"/\".";
            }

            if (segment is "." or "..")
            {
                return $"The {subject} {Quoting.Quote(path)} contains the segment {Quoting.Quote(segment)}, which is not allowed. Name the folder and the secret directly.";
            }
        }

        return null;
    }
}
