using System.Globalization;

namespace Btwc.Operator.Decisions.Durations;

/// <summary>
/// Times at the whole-second UTC precision that Kubernetes status fields, the operator's annotations and its
/// log lines use.
/// </summary>
public static class Rfc3339Time
{
    /// <summary>Truncates <paramref name="time"/> to whole seconds, in UTC.</summary>
    public static DateTimeOffset ToSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>Formats <paramref name="time"/> as RFC 3339 in UTC, truncated to seconds, such as <c>2026-12-05T00:38:24Z</c>.</summary>
    public static string Format(DateTimeOffset time) =>
        ToSeconds(time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
