namespace Btwc.Operator.Decisions.Durations.Internal;

/// <summary>
/// A port of the grammar of Go's <c>time.ParseDuration</c>: <c>[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+</c>, with the
/// same overflow rules (the magnitude may not exceed 2^63 ns, and only a negative value may reach exactly 2^63).
/// </summary>
internal static class GoDurationParser
{
    private const ulong Limit = 1UL << 63;

    /// <summary>Parses <paramref name="text"/>. Returns null on success or a short description of the defect.</summary>
    public static string? Parse(string text, out long nanoseconds)
    {
        nanoseconds = 0;
        var rest = text.AsSpan();
        var negative = false;
        if (rest.Length > 0 && (rest[0] == '-' || rest[0] == '+'))
        {
            negative = rest[0] == '-';
            rest = rest[1..];
        }

        if (rest is "0")
        {
            return null;
        }

        if (rest.IsEmpty)
        {
            return "the value is empty";
        }

        ulong total = 0;
        while (!rest.IsEmpty)
        {
            var defect = ParseComponent(ref rest, out var component);
            if (defect is not null)
            {
                return defect;
            }

            total += component;
            if (total > Limit)
            {
                return "the value is out of range";
            }
        }

        if (negative)
        {
            nanoseconds = total == Limit ? long.MinValue : -(long)total;

            return null;
        }

        if (total > long.MaxValue)
        {
            return "the value is out of range";
        }

        nanoseconds = (long)total;

        return null;
    }

    private static string? ParseComponent(ref ReadOnlySpan<char> rest, out ulong value)
    {
        value = 0;
        if (!(rest[0] == '.' || char.IsAsciiDigit(rest[0])))
        {
            return $"unexpected character '{rest[0]}', expected a number";
        }

        var before = rest.Length;
        if (!TryLeadingInt(ref rest, out var whole))
        {
            return "the value is out of range";
        }

        var hasWhole = before != rest.Length;
        var hasFraction = false;
        ulong fraction = 0;
        var scale = 1.0;
        if (!rest.IsEmpty && rest[0] == '.')
        {
            rest = rest[1..];
            var beforeFraction = rest.Length;
            LeadingFraction(ref rest, out fraction, out scale);
            hasFraction = beforeFraction != rest.Length;
        }

        if (!hasWhole && !hasFraction)
        {
            return "a number has no digits";
        }

        var unitLength = 0;
        while (unitLength < rest.Length && rest[unitLength] != '.' && !char.IsAsciiDigit(rest[unitLength]))
        {
            unitLength++;
        }

        if (unitLength == 0)
        {
            return "a unit is missing";
        }

        var unitText = rest[..unitLength].ToString();
        rest = rest[unitLength..];
        if (!TryUnit(unitText, out var unit))
        {
            return $"unknown unit \"{unitText}\"";
        }

        if (whole > Limit / unit)
        {
            return "the value is out of range";
        }

        value = whole * unit;
        if (fraction > 0)
        {
            value += (ulong)(fraction * (unit / scale));
            if (value > Limit)
            {
                return "the value is out of range";
            }
        }

        return null;
    }

    private static bool TryLeadingInt(ref ReadOnlySpan<char> rest, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < rest.Length && char.IsAsciiDigit(rest[i]); i++)
        {
            if (value > Limit / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(rest[i] - '0');
            if (value > Limit)
            {
                return false;
            }
        }

        rest = rest[i..];

        return true;
    }

    private static void LeadingFraction(ref ReadOnlySpan<char> rest, out ulong value, out double scale)
    {
        value = 0;
        scale = 1.0;
        var overflow = false;
        var i = 0;
        for (; i < rest.Length && char.IsAsciiDigit(rest[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (value > (Limit - 1) / 10)
            {
                overflow = true;

                continue;
            }

            var next = (value * 10) + (ulong)(rest[i] - '0');
            if (next > Limit)
            {
                overflow = true;

                continue;
            }

            value = next;
            scale *= 10;
        }

        rest = rest[i..];
    }

    private static bool TryUnit(string unit, out ulong nanoseconds)
    {
        nanoseconds = unit switch
        {
            "ns" => 1,
            "us" or "\u00b5s" or "\u03bcs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => 0,
        };

        return nanoseconds != 0;
    }
}
