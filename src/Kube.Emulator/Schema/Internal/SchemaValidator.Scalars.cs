using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kube.Emulator.Schema.Internal;

/// <summary>Checks on strings and numbers: lengths, pattern, format and bounds.</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateString(string text, JsonNode value, SchemaNode schema, string path)
    {
        // OpenAPI counts string length in Unicode code points, as Go's utf8.RuneCountInString does.
        var length = text.EnumerateRunes().Count();

        if (schema.MaxLength is { } maxLength && length > maxLength)
        {
            var unit = maxLength == 1 ? "byte" : "bytes";
            errors.Add(new FieldError(path, FieldErrorTypes.TooLong, $"Too long: may not be more than {maxLength} {unit}", text));
        }

        if (schema.MinLength is { } minLength && length < minLength)
        {
            AddInvalid(path, value, $"{path} in body should be at least {minLength} chars long");
        }

        if (schema.PatternRegex is not null && !MatchesPattern(schema.PatternRegex, text))
        {
            AddInvalid(path, value, $"{path} in body should match '{schema.Pattern}'");
        }

        if (schema.Format is not null && !StringFormats.IsValid(schema.Format, text))
        {
            var detail = $"{path} in body must be of type {schema.Format}: {JsonValueText.GoQuote(text)}";
            errors.Add(new FieldError(path, FieldErrorTypes.TypeInvalid, $"Invalid value: {JsonValueText.GoQuote(text)}: {detail}", text));
        }
    }

    private static bool MatchesPattern(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // NOTE: Go's RE2 runs in linear time and never times out; a backtracking .NET pattern that exceeds
            // the timeout is reported as a mismatch.
            return false;
        }
    }

    private void ValidateNumber(JsonNode value, SchemaNode schema, string path)
    {
        if (!JsonValueText.TryGetDouble(value, out var number))
        {
            return;
        }

        if (schema.Minimum is { } minimum && (schema.ExclusiveMinimum ? number <= minimum : number < minimum))
        {
            var relation = schema.ExclusiveMinimum ? "greater than" : "greater than or equal to";
            AddInvalid(path, value, $"{path} in body should be {relation} {JsonValueText.FormatNumber(minimum)}");
        }

        if (schema.Maximum is { } maximum && (schema.ExclusiveMaximum ? number >= maximum : number > maximum))
        {
            var relation = schema.ExclusiveMaximum ? "less than" : "less than or equal to";
            AddInvalid(path, value, $"{path} in body should be {relation} {JsonValueText.FormatNumber(maximum)}");
        }

        if (schema.MultipleOf is { } factor && factor > 0 && !IsMultiple(number, factor))
        {
            AddInvalid(path, value, $"{path} in body should be a multiple of {JsonValueText.FormatNumber(factor)}");
        }
    }

    private static bool IsMultiple(double number, double factor)
    {
        var quotient = number / factor;

        return Math.Abs(quotient - Math.Round(quotient)) < 1e-9;
    }
}
