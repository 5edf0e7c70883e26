using System.Text;

namespace Btwc.Operator.Observability.Internal;

/// <summary>Turns OpenTelemetry-style instrument and tag names into valid Prometheus metric and label names.</summary>
internal static class PrometheusNames
{
    private const string TotalSuffix = "_total";

    /// <summary>
    /// Builds the exported name: invalid characters become <c>_</c>, a known unit adds its suffix
    /// (<c>s</c> adds <c>_seconds</c>) unless the name already ends with it, and a counter ends in <c>_total</c> once.
    /// </summary>
    public static string MetricName(string instrumentName, string? unit, bool isCounter)
    {
        var name = Sanitize(instrumentName, allowColon: true);
        if (isCounter && name.EndsWith(TotalSuffix, StringComparison.Ordinal))
        {
            name = name[..^TotalSuffix.Length];
        }

        var unitSuffix = UnitSuffix(unit);
        if (unitSuffix is not null && !name.EndsWith("_" + unitSuffix, StringComparison.Ordinal))
        {
            name += "_" + unitSuffix;
        }

        return isCounter ? name + TotalSuffix : name;
    }

    /// <summary>Builds a label name: invalid characters, colons included, become <c>_</c>.</summary>
    public static string LabelName(string tagName) => Sanitize(tagName, allowColon: false);

    /// <summary>
    /// Returns the Prometheus base-unit word for a UCUM unit, or null for units without one, such as
    /// annotations in braces (<c>{call}</c>) and unknown units.
    /// </summary>
    private static string? UnitSuffix(string? unit) => unit switch
    {
        "s" => "seconds",
        "ms" => "milliseconds",
        "By" => "bytes",
        _ => null,
    };

    private static string Sanitize(string name, bool allowColon)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        var builder = new StringBuilder(name.Length + 1);
        if (char.IsAsciiDigit(name[0]))
        {
            builder.Append('_');
        }

        foreach (var character in name)
        {
            var valid = char.IsAsciiLetterOrDigit(character) || character == '_' || (allowColon && character == ':');
            builder.Append(valid ? character : '_');
        }

        return builder.ToString();
    }
}
