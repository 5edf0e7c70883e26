using System.Text;
using Kube.Emulator.Api;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Selectors;

/// <summary>
/// A parsed field selector (<c>metadata.name=x,type!=Opaque</c>). Each resource supports metadata.name,
/// metadata.namespace and its own field labels; any other label is a 400, as on the real server.
/// </summary>
internal sealed class FieldSelector
{
    private readonly List<(string Field, bool Equal, string Value)> _terms;

    private FieldSelector(List<(string Field, bool Equal, string Value)> terms)
    {
        _terms = terms;
    }

    public static FieldSelector Everything { get; } = new([]);

    /// <summary>The name a <c>metadata.name=x</c> term pins, which lets a list skip the scan.</summary>
    public string? RequiredName => _terms.FirstOrDefault(t => t.Field == "metadata.name" && t.Equal).Value;

    public static FieldSelector Parse(string? text, IEnumerable<string> supportedFields)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        var supported = new HashSet<string>(supportedFields, StringComparer.Ordinal) { "metadata.name", "metadata.namespace" };
        var terms = new List<(string, bool, string)>();
        foreach (string term in SplitUnescaped(text, ','))
        {
            (string field, bool equal, string value) = ParseTerm(term, text);
            if (!supported.Contains(field))
            {
                throw ApiException.BadRequest($"field label not supported: {field}");
            }

            terms.Add((field, equal, value));
        }

        return new FieldSelector(terms);
    }

    public bool Matches(StoredObject obj)
    {
        foreach ((string field, bool equal, string value) in _terms)
        {
            string actual = field switch
            {
                "metadata.name" => obj.Name,
                "metadata.namespace" => obj.Namespace,
                _ => obj.Fields.TryGetValue(field, out string? v) ? v : string.Empty,
            };
            if ((actual == value) != equal)
            {
                return false;
            }
        }

        return true;
    }

    private static (string Field, bool Equal, string Value) ParseTerm(string term, string text)
    {
        foreach ((string symbol, bool equal) in new[] { ("!=", false), ("==", true), ("=", true) })
        {
            int at = IndexOfUnescaped(term, symbol);
            if (at > 0)
            {
                return (term[..at].Trim(), equal, Unescape(term[(at + symbol.Length)..]));
            }
        }

        throw ApiException.BadRequest($"invalid field selector \"{text}\": \"{term}\" is not in the form field=value or field!=value");
    }

    private static int IndexOfUnescaped(string text, string symbol)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, symbol, 0, symbol.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string> SplitUnescaped(string text, char separator)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == separator)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    private static string Unescape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }
}
