using System.Globalization;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// Parses the kubectl JSONPath subset: templates of text and <c>{expression}</c> parts, or one bare expression.
/// </summary>
internal static class JsonPathParser
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "<", ">"];

    /// <summary>A template part: literal text, or an expression when <c>Segments</c> is set.</summary>
    public sealed record Part(string? Text, IReadOnlyList<JsonPathSegment>? Segments);

    public static IReadOnlyList<Part> ParseTemplate(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return [new Part(null, ParseExpression(template))];
        }

        var parts = new List<Part>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add(new Part(template[position..], null));
                break;
            }

            if (open > position)
            {
                parts.Add(new Part(template[position..open], null));
            }

            var close = QuotedText.FindClosing(template, open, '{', '}');
            parts.Add(ParseBraced(template[(open + 1)..close]));
            position = close + 1;
        }

        return parts;
    }

    private static Part ParseBraced(string content)
    {
        var trimmed = content.Trim();
        if (trimmed.Length >= 2 && trimmed[0] is '"' or '\'' && trimmed[^1] == trimmed[0])
        {
            return new Part(Unescape(trimmed[1..^1]), null);
        }

        return new Part(null, ParseExpression(trimmed));
    }

    public static IReadOnlyList<JsonPathSegment> ParseExpression(string expression)
    {
        var text = expression.Trim();
        if (text.StartsWith('$') || text.StartsWith('@'))
        {
            text = text[1..];
        }

        if (text.StartsWith("range ", StringComparison.Ordinal) || text == "end")
        {
            throw new FormatException($"The JSONPath \"{expression}\" uses range/end, which this evaluator does not support; use [*] instead.");
        }

        var segments = new List<JsonPathSegment>();
        var position = 0;
        if (text.Length > 0 && text[0] != '.' && text[0] != '[')
        {
            text = "." + text;
        }

        while (position < text.Length)
        {
            segments.Add(ParseSegment(text, ref position, expression));
        }

        return segments;
    }

    private static JsonPathSegment ParseSegment(string text, ref int position, string expression)
    {
        if (text[position] == '[')
        {
            var close = QuotedText.FindClosing(text, position, '[', ']');
            var content = text[(position + 1)..close].Trim();
            position = close + 1;

            return ParseBracket(content, expression);
        }

        // text[position] is '.'
        position++;
        if (position < text.Length && text[position] == '.')
        {
            position++;
            var next = position < text.Length && text[position] == '['
                ? ParseSegment(text, ref position, expression)
                : ParseName(text, ref position);

            return new JsonPathSegment.RecursiveDescent(next);
        }

        return ParseName(text, ref position);
    }

    private static JsonPathSegment ParseName(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && text[position] != '.' && text[position] != '[')
        {
            position++;
        }

        var name = text[start..position];

        return name switch
        {
            "*" => new JsonPathSegment.Wildcard(),
            // A lone dot selects the current node.
            "" => new JsonPathSegment.Self(),
            _ => new JsonPathSegment.Field([name]),
        };
    }

    private static JsonPathSegment ParseBracket(string content, string expression)
    {
        if (content == "*")
        {
            return new JsonPathSegment.Wildcard();
        }

        if (content.StartsWith('?'))
        {
            return new JsonPathSegment.Filter(ParseFilter(content, expression));
        }

        if (content.Length > 0 && content[0] is '\'' or '"')
        {
            var names = QuotedText.SplitOutsideQuotes(content, ',').Select(name => Unquote(name.Trim(), expression)).ToList();

            return new JsonPathSegment.Field(names);
        }

        if (content.Contains(':', StringComparison.Ordinal))
        {
            var bounds = content.Split(':');

            return new JsonPathSegment.Slice(ParseOptionalInt(bounds[0], expression), ParseOptionalInt(bounds[1], expression), bounds.Length > 2 ? ParseOptionalInt(bounds[2], expression) : null);
        }

        var indexes = content.Split(',').Select(index => ParseOptionalInt(index, expression) ?? throw Invalid(expression, "an empty array index")).ToList();

        return new JsonPathSegment.Indexes(indexes);
    }

    private static JsonPathFilter ParseFilter(string content, string expression)
    {
        var inner = content[1..].Trim();
        if (!inner.StartsWith('(') || !inner.EndsWith(')'))
        {
            throw new FormatException($"The JSONPath \"{expression}\" has the filter \"{content}\", which is not in the form ?(@.field==\"value\").");
        }

        inner = inner[1..^1].Trim();
        foreach (var candidate in Operators)
        {
            var at = QuotedText.IndexOutsideQuotes(inner, candidate);
            if (at < 0)
            {
                continue;
            }

            var left = ParseExpression(inner[..at]);
            var right = inner[(at + candidate.Length)..].Trim();
            if (right.StartsWith('@'))
            {
                return new JsonPathFilter(left, candidate, ParseExpression(right), null);
            }

            return new JsonPathFilter(left, candidate, null, ParseLiteral(right, expression));
        }

        return new JsonPathFilter(ParseExpression(inner), null, null, null);
    }

    private static JsonNode? ParseLiteral(string text, string expression)
    {
        if (text.Length > 0 && text[0] is '\'' or '"')
        {
            return JsonValue.Create(Unquote(text, expression));
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new FormatException($"The JSONPath \"{expression}\" compares against \"{text}\", which is not a quoted string, number or boolean.", exception);
        }
    }

    private static int? ParseOptionalInt(string text, string expression)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw Invalid(expression, $"the array index \"{trimmed}\"");
    }

    private static string Unquote(string text, string expression)
    {
        if (text.Length < 2 || text[^1] != text[0])
        {
            throw Invalid(expression, $"the unterminated string {text}");
        }

        return Unescape(text[1..^1]);
    }

    private static string Unescape(string text) => text
        .Replace("\\n", "\n", StringComparison.Ordinal)
        .Replace("\\t", "\t", StringComparison.Ordinal)
        .Replace("\\'", "'", StringComparison.Ordinal)
        .Replace("\\\"", "\"", StringComparison.Ordinal);

    private static FormatException Invalid(string expression, string defect) =>
        new($"The JSONPath \"{expression}\" has {defect}, which this evaluator cannot parse.");
}
