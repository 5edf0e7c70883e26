using System.Globalization;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// The OpenAPI string formats this emulator checks. Formats it does not know pass, as the API server lets
/// unknown formats pass.
/// </summary>
internal static class StringFormats
{
    public static bool IsValid(string format, string text) => format switch
    {
        "byte" => IsBase64(text),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && text.Contains('T', StringComparison.OrdinalIgnoreCase),
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uuid" => Guid.TryParseExact(text, "D", out _),
        // NOTE: the API server checks more formats (hostname, ipv4, cidr, duration and others); they pass here.
        _ => true,
    };

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
