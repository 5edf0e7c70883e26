using System.Globalization;
using System.Text.RegularExpressions;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// The OpenAPI string formats this emulator checks. Formats it does not know pass, as the API server lets
/// unknown formats pass.
/// </summary>
internal static partial class StringFormats
{
    public static bool IsValid(string format, string text) => format switch
    {
        "byte" => IsBase64(text),
        "date-time" => DateTimePattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uuid" => Guid.TryParseExact(text, "D", out _),
        // NOTE: the API server checks more formats (hostname, ipv4, cidr, duration and others); they pass here.
        _ => true,
    };

    // RFC 3339: a date, T, a time with optional fraction, and Z or a numeric offset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    // Standard base64 with padding, as Go's base64.StdEncoding accepts it.
    private static bool IsBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        var buffer = new byte[text.Length / 4 * 3];

        return Convert.TryFromBase64String(text, buffer, out _) && !text.Any(char.IsWhiteSpace);
    }
}
