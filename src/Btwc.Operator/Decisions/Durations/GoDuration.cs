using System.Diagnostics.CodeAnalysis;

namespace Btwc.Operator.Decisions.Durations;

/// <summary>
/// Go's <c>time.Duration</c> text form, as ESO's CRD fields such as <c>spec.refreshInterval</c> carry it:
/// parsing follows <c>time.ParseDuration</c> (<c>1h0m0s</c>, <c>45m</c>, <c>1.5h</c>, <c>300ms</c>, <c>0</c>,
/// <c>-1m</c>, with units ns, us, µs, ms, s, m, h) and formatting follows <c>Duration.String()</c>.
/// </summary>
/// <remarks>
/// Go durations are whole nanoseconds and <see cref="TimeSpan"/> counts 100 ns ticks, so <see cref="Parse"/>
/// truncates toward zero below 100 ns. <see cref="ParseNanoseconds"/> keeps full precision.
/// </remarks>
public static partial class GoDuration
{
    private const string Hint = "Use a Go duration such as \"1h\", \"45m\", \"1h30m\" or \"0\" (units: ns, us, ms, s, m, h).";

    /// <summary>Parses a Go duration into a <see cref="TimeSpan"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid Go duration. The message quotes the value.</exception>
    public static TimeSpan Parse(string text) => TimeSpan.FromTicks(ParseNanoseconds(text) / 100);

    /// <summary>Parses a Go duration into whole nanoseconds, as Go stores it.</summary>
    /// <exception cref="FormatException">The text is not a valid Go duration. The message quotes the value.</exception>
    public static long ParseNanoseconds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (!TryParseNanoseconds(text, out var nanoseconds, out var error))
        {
            throw new FormatException(error);
        }

        return nanoseconds;
    }

    /// <summary>Tries to parse a Go duration. On failure <paramref name="error"/> names the value and the defect.</summary>
    public static bool TryParse(string? text, out TimeSpan duration, [NotNullWhen(false)] out string? error)
    {
        var parsed = TryParseNanoseconds(text, out var nanoseconds, out error);
        duration = parsed ? TimeSpan.FromTicks(nanoseconds / 100) : TimeSpan.Zero;

        return parsed;
    }

    /// <summary>Tries to parse a Go duration into nanoseconds. On failure <paramref name="error"/> names the value and the defect.</summary>
    public static bool TryParseNanoseconds(string? text, out long nanoseconds, [NotNullWhen(false)] out string? error) =>
        TryParseNanoseconds(text, "duration", out nanoseconds, out error);

    /// <summary>
    /// Tries to parse a Go duration read from a resource field, such as <c>spec.refreshInterval</c>. On failure
    /// <paramref name="error"/> names the field, the value and the defect.
    /// </summary>
    public static bool TryParseField(string fieldPath, string? text, out TimeSpan duration, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(fieldPath);

        var parsed = TryParseNanoseconds(text, fieldPath, out var nanoseconds, out error);
        duration = parsed ? TimeSpan.FromTicks(nanoseconds / 100) : TimeSpan.Zero;

        return parsed;
    }

    private static bool TryParseNanoseconds(string? text, string subject, out long nanoseconds, [NotNullWhen(false)] out string? error)
    {
        nanoseconds = 0;
        if (text is null)
        {
            error = $"Invalid {subject}: the value is missing. {Hint}";

            return false;
        }

        var defect = Internal.GoDurationParser.Parse(text, out nanoseconds);
        if (defect is null)
        {
            error = null;

            return true;
        }

        error = $"Invalid {subject} \"{text}\": {defect}. {Hint}";

        return false;
    }
}
