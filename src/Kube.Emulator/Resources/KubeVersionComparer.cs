using System.Globalization;
using System.Text.RegularExpressions;

namespace Kube.Emulator.Resources;

/// <summary>
/// Orders API versions by Kubernetes version priority: GA before beta before alpha, higher numbers first, and
/// versions that do not look like Kubernetes versions last in alphabetical order.
/// </summary>
internal sealed partial class KubeVersionComparer : IComparer<string>
{
    public static readonly KubeVersionComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        (int xRank, int xMajor, int xMinor) = Rank(x ?? string.Empty);
        (int yRank, int yMajor, int yMinor) = Rank(y ?? string.Empty);
        if (xRank != yRank)
        {
            return xRank.CompareTo(yRank);
        }

        if (xRank == 3)
        {
            return string.CompareOrdinal(x, y);
        }

        return xMajor != yMajor ? yMajor.CompareTo(xMajor) : yMinor.CompareTo(xMinor);
    }

    private static (int Rank, int Major, int Minor) Rank(string version)
    {
        Match match = VersionPattern().Match(version);
        if (!match.Success)
        {
            return (3, 0, 0);
        }

        int major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int minor = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        int rank = match.Groups[2].Value switch
        {
            "" => 0,
            "beta" => 1,
            _ => 2,
        };

        return (rank, major, minor);
    }

    [GeneratedRegex("^v([1-9][0-9]*)(?:(alpha|beta)([1-9][0-9]*))?$")]
    private static partial Regex VersionPattern();
}
