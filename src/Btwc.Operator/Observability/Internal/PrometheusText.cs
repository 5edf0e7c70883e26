using System.Globalization;
using System.Text;

namespace Btwc.Operator.Observability.Internal;

/// <summary>Escaping and number formatting of the Prometheus text exposition format, version 0.0.4.</summary>
internal static class PrometheusText
{
    /// <summary>Appends a label value with <c>\</c>, <c>"</c> and newline escaped.</summary>
    public static void AppendLabelValue(StringBuilder builder, string value)
    {
        foreach (var character in value)
        {
            switch (character)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                default:
                    builder.Append(character);
                    break;
            }
        }
    }

    /// <summary>Returns HELP text with <c>\</c> and newline escaped; quotes stay as they are in HELP lines.</summary>
    public static string EscapeHelp(string help) =>
        help.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\n", @"\n", StringComparison.Ordinal);

    /// <summary>
    /// Formats a sample value: <c>+Inf</c>, <c>-Inf</c>, <c>NaN</c>, or the shortest text that reads back as the
    /// same double (whole numbers without a decimal point).
    /// </summary>
    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Formats a tag value as label text: booleans in lower case, numbers in the invariant culture, null as empty.</summary>
    public static string FormatTagValue(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
