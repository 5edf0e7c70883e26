namespace Kube.Emulator.Schema.Internal;

/// <summary>Scans JSONPath text while skipping over single- and double-quoted strings.</summary>
internal static class QuotedText
{
    public static int FindClosing(string text, int open, char opening, char closing)
    {
        var depth = 0;
        char? quote = null;
        for (var index = open; index < text.Length; index++)
        {
            var character = text[index];
            if (quote is not null)
            {
                if (character == '\\')
                {
                    index++;
                }
                else if (character == quote)
                {
                    quote = null;
                }

                continue;
            }

            if (character is '\'' or '"')
            {
                quote = character;
            }
            else if (character == opening)
            {
                depth++;
            }
            else if (character == closing && --depth == 0)
            {
                return index;
            }
        }

        throw new FormatException($"The JSONPath \"{text}\" has an unclosed '{opening}' at position {open}.");
    }

    public static int IndexOutsideQuotes(string text, string token)
    {
        char? quote = null;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (quote is not null)
            {
                quote = character == quote ? null : quote;
                continue;
            }

            if (character is '\'' or '"')
            {
                quote = character;
            }
            else if (string.CompareOrdinal(text, index, token, 0, token.Length) == 0)
            {
                return index;
            }
        }

        return -1;
    }

    public static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var rest = text;
        int at;
        while ((at = IndexOutsideQuotes(rest, separator.ToString())) >= 0)
        {
            parts.Add(rest[..at]);
            rest = rest[(at + 1)..];
        }

        parts.Add(rest);

        return parts;
    }
}
