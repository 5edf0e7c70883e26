using System.Text.RegularExpressions;

namespace Btwc.Operator.Bench;

/// <summary>Reads the operator's log line that ends its first pass over the ExternalSecrets present at start.</summary>
internal static partial class StartupPassLine
{
    /// <summary>Returns the pass duration in milliseconds that <paramref name="line"/> reports, or null for any other line.</summary>
    public static string? DurationMs(string line)
    {
        var match = Pattern().Match(line);

        return match.Success ? match.Groups["ms"].Value : null;
    }

    [GeneratedRegex(@"Reconciled all \d+ ExternalSecrets present at the first reconcile after start in (?<ms>\d+) ms", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
