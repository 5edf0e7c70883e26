namespace Btwc.Client.Internal;

/// <summary>Removes the token from text the server sent before it reaches a message or a log.</summary>
internal static class Redaction
{
    public const string Marker = "[redacted]";

    // Server text is shortened so an HTML error page cannot flood messages and logs.
    private const int MaxLength = 1000;

    public static string? Apply(string? text, string? secret)
    {
        if (text is null)
        {
            return null;
        }

        var redacted = string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Marker, StringComparison.Ordinal);

        return redacted.Length <= MaxLength ? redacted : redacted[..MaxLength] + "...";
    }
}
