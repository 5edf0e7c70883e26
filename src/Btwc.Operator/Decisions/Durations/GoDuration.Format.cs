using System.Globalization;
using System.Text;

namespace Btwc.Operator.Decisions.Durations;

public static partial class GoDuration
{
    private const ulong NanosecondsPerMicrosecond = 1_000;
    private const ulong NanosecondsPerMillisecond = 1_000_000;
    private const ulong NanosecondsPerSecond = 1_000_000_000;

    /// <summary>
    /// Formats a duration as Go's <c>Duration.String()</c> does: <c>1h0m0s</c>, <c>45m0s</c>, <c>1.5s</c>,
    /// <c>300ms</c>, <c>0s</c>, <c>-1m0s</c>. Sub-second values use the largest of ms, µs and ns that keeps
    /// the integer part non-zero.
    /// </summary>
    public static string Format(TimeSpan duration) =>
        FormatNanoseconds(duration.Ticks == long.MinValue ? long.MinValue : duration.Ticks * 100);

    /// <summary>Formats a duration given in whole nanoseconds as Go's <c>Duration.String()</c> does.</summary>
    public static string FormatNanoseconds(long nanoseconds)
    {
        var negative = nanoseconds < 0;
        var magnitude = negative ? unchecked((ulong)-nanoseconds) : (ulong)nanoseconds;
        var text = magnitude < NanosecondsPerSecond ? FormatSubSecond(magnitude) : FormatSeconds(magnitude);

        return negative ? "-" + text : text;
    }

    private static string FormatSubSecond(ulong magnitude)
    {
        if (magnitude == 0)
        {
            return "0s";
        }

        if (magnitude < NanosecondsPerMicrosecond)
        {
            return magnitude.ToString(CultureInfo.InvariantCulture) + "ns";
        }

        if (magnitude < NanosecondsPerMillisecond)
        {
            return Decimal(magnitude, 3) + "\u00b5s";
        }

        return Decimal(magnitude, 6) + "ms";
    }

    private static string FormatSeconds(ulong magnitude)
    {
        var seconds = magnitude / NanosecondsPerSecond;
        var secondsText = Decimal(magnitude % (60 * NanosecondsPerSecond), 9);
        var minutes = seconds / 60;
        if (minutes == 0)
        {
            return secondsText + "s";
        }

        var hours = minutes / 60;
        var builder = new StringBuilder();
        if (hours > 0)
        {
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }

        builder.Append((minutes % 60).ToString(CultureInfo.InvariantCulture)).Append('m');

        return builder.Append(secondsText).Append('s').ToString();
    }

    /// <summary>Renders <paramref name="value"/> / 10^<paramref name="precision"/> without trailing zeros.</summary>
    private static string Decimal(ulong value, int precision)
    {
        var scale = (ulong)Math.Pow(10, precision);
        var whole = (value / scale).ToString(CultureInfo.InvariantCulture);
        var fraction = value % scale;
        if (fraction == 0)
        {
            return whole;
        }

        var digits = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(precision, '0').TrimEnd('0');

        return whole + "." + digits;
    }
}
