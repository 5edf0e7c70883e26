using System.Globalization;
using System.Text.RegularExpressions;

namespace Btwc.Operator.Decisions.Scheduling;

/// <summary>The parsed value of the <see cref="RefreshSchedule.RefreshAtPercentAnnotation"/> annotation.</summary>
/// <param name="Percent">The percentage of the lifetime, 10 to 95, or null when absent or invalid.</param>
/// <param name="Error">A validation error naming the value and the accepted range, or null.</param>
public readonly partial record struct RefreshAtPercent(double? Percent, string? Error)
{
    /// <summary>The smallest accepted percentage.</summary>
    public const double Minimum = 10;

    /// <summary>The largest accepted percentage.</summary>
    public const double Maximum = 95;

    /// <summary>Parses an annotation value: an integer or decimal number (for example <c>70</c> or <c>72.5</c>) from 10 to 95.</summary>
    public static RefreshAtPercent Parse(string? value)
    {
        if (value is null)
        {
            return default;
        }

        if (NumberPattern().IsMatch(value)
            && double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            && percent is >= Minimum and <= Maximum)
        {
            return new RefreshAtPercent(percent, null);
        }

        return new RefreshAtPercent(
            null,
            $"Invalid annotation {RefreshSchedule.RefreshAtPercentAnnotation}=\"{value}\": expected a number from 10 to 95"
            + " (percent of the credential lifetime), for example \"70\" or \"72.5\"."
            + " The default window of 67% to 77% applies until it is fixed.");
    }

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
