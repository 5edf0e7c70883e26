using System.Globalization;
using System.Text.RegularExpressions;

namespace Btwc.Client.Internal;

/// <summary>Parses RFC 3339 timestamps such as <c>2025-12-29T22:35:29Z</c> or <c>2025-12-29T23:35:29.5+01:00</c>.</summary>
internal static partial class Rfc3339
{
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        // .NET parses at most seven fraction digits (100 ns); RFC 3339 allows more, so the rest is dropped.
        var fraction = match.Groups["fraction"].Value;
        var trimmed = fraction.Length > 8 ? text.Replace(fraction, fraction[..8], StringComparison.Ordinal) : text;

        return DateTimeOffset.TryParse(
            trimmed,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }

    [GeneratedRegex(
        @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?<fraction>\.\d+)?([Zz]|[+-]\d{2}:\d{2})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
