using Kube.Emulator.Api;

namespace Kube.Emulator.Selectors;

/// <summary>
/// A parsed label selector in the string form of the <c>labelSelector</c> query parameter: equality
/// (<c>a=b</c>, <c>a==b</c>, <c>a!=b</c>), set-based (<c>a in (x,y)</c>, <c>a notin (x)</c>), existence
/// (<c>a</c>, <c>!a</c>) and numeric (<c>a&gt;1</c>, <c>a&lt;5</c>) requirements, all of which must hold.
/// </summary>
internal sealed class LabelSelector
{
    private readonly List<Requirement> _requirements;

    private LabelSelector(List<Requirement> requirements)
    {
        _requirements = requirements;
    }

    public static LabelSelector Everything { get; } = new([]);

    public bool IsEmpty => _requirements.Count == 0;

    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        var requirements = new List<Requirement>();
        foreach (string part in SplitTopLevel(text))
        {
            requirements.Add(ParseRequirement(part.Trim(), text));
        }

        return new LabelSelector(requirements);
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels) => _requirements.TrueForAll(r => r.Matches(labels));

    private static Requirement ParseRequirement(string part, string text)
    {
        if (part.Length == 0)
        {
            throw Invalid(text, "found an empty requirement");
        }

        if (part[0] == '!')
        {
            return new Requirement(Key(part[1..], text), Operator.DoesNotExist, []);
        }

        int open = part.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            string head = part[..open].Trim();
            if (!part.EndsWith(')'))
            {
                throw Invalid(text, "expected ')' to close a value set");
            }

            string[] values = part[(open + 1)..^1].Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
            if (head.EndsWith(" notin", StringComparison.Ordinal))
            {
                return new Requirement(Key(head[..^6], text), Operator.NotIn, values);
            }

            if (head.EndsWith(" in", StringComparison.Ordinal))
            {
                return new Requirement(Key(head[..^3], text), Operator.In, values);
            }

            throw Invalid(text, $"expected 'in' or 'notin' before the value set in \"{part}\"");
        }

        foreach ((string symbol, Operator op) in new[] { ("!=", Operator.NotEquals), ("==", Operator.Equals), ("=", Operator.Equals), (">", Operator.GreaterThan), ("<", Operator.LessThan) })
        {
            int at = part.IndexOf(symbol, StringComparison.Ordinal);
            if (at > 0)
            {
                return new Requirement(Key(part[..at], text), op, [part[(at + symbol.Length)..].Trim()]);
            }
        }

        return new Requirement(Key(part, text), Operator.Exists, []);
    }

    private static string Key(string key, string text)
    {
        key = key.Trim();
        if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal))
        {
            throw Invalid(text, $"invalid label key \"{key}\"");
        }

        return key;
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            depth += text[i] switch
            {
                '(' => 1,
                ')' => -1,
                _ => 0,
            };
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    private static ApiException Invalid(string text, string detail) =>
        ApiException.BadRequest($"unable to parse requirement: invalid label selector \"{text}\": {detail}");

    private enum Operator
    {
        Equals,
        NotEquals,
        In,
        NotIn,
        Exists,
        DoesNotExist,
        GreaterThan,
        LessThan,
    }

    private sealed record Requirement(string Key, Operator Op, string[] Values)
    {
        public bool Matches(IReadOnlyDictionary<string, string> labels)
        {
            bool has = labels.TryGetValue(Key, out string? value);

            return Op switch
            {
                Operator.Equals or Operator.In => has && Values.Contains(value),
                Operator.NotEquals or Operator.NotIn => !has || !Values.Contains(value),
                Operator.Exists => has,
                Operator.DoesNotExist => !has,
                Operator.GreaterThan => has && long.TryParse(value, out long g) && long.TryParse(Values[0], out long gt) && g > gt,
                _ => has && long.TryParse(value, out long l) && long.TryParse(Values[0], out long lt) && l < lt,
            };
        }
    }
}
