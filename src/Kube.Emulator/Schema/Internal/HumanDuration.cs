using System.Globalization;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// Formats an age the way the API server does in Table cells (Go <c>duration.HumanDuration</c>): seconds up to
/// two minutes, then minutes, hours, days and years with at most two units, such as <c>5m30s</c> or <c>3d4h</c>.
/// </summary>
internal static class HumanDuration
{
    public static string Format(TimeSpan age)
    {
        var seconds = (long)age.TotalSeconds;
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 120)
        {
            return $"{seconds}s";
        }

        var minutes = (long)age.TotalMinutes;
        if (minutes < 10)
        {
            return Pair(minutes, "m", seconds % 60, "s");
        }

        if (minutes < 180)
        {
            return Invariant($"{minutes}m");
        }

        var hours = (long)age.TotalHours;

        return hours switch
        {
            < 8 => Pair(hours, "h", minutes % 60, "m"),
            < 48 => Invariant($"{hours}h"),
            < 24 * 8 => Pair(hours / 24, "d", hours % 24, "h"),
            < 24 * 365 * 2 => Invariant($"{hours / 24}d"),
            < 24 * 365 * 8 => Pair(hours / 24 / 365, "y", hours / 24 % 365, "d"),
            _ => Invariant($"{hours / 24 / 365}y"),
        };
    }

    private static string Pair(long major, string majorUnit, long minor, string minorUnit) =>
        minor == 0 ? Invariant($"{major}{majorUnit}") : Invariant($"{major}{majorUnit}{minor}{minorUnit}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
