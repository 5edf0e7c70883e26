using System.Globalization;
using System.Text;

namespace Kube.Emulator.Schema.Internal.Cel;

/// <summary>Splits a CEL expression into tokens: identifiers, numbers, strings and operators.</summary>
internal static class CelTokenizer
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", "[", "]", ",", ".", "+", "-"];

    /// <summary>One token; <c>Kind</c> is <c>identifier</c>, <c>number</c>, <c>string</c>, <c>operator</c> or <c>end</c>.</summary>
    public sealed record Token(string Kind, string Text);

    public static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (position < expression.Length)
        {
            var character = expression[position];
            if (char.IsWhiteSpace(character))
            {
                position++;
            }
            else if (char.IsLetter(character) || character == '_')
            {
                tokens.Add(new Token("identifier", ReadWhile(expression, ref position, c => char.IsLetterOrDigit(c) || c == '_')));
            }
            else if (char.IsDigit(character))
            {
                tokens.Add(new Token("number", ReadWhile(expression, ref position, c => char.IsDigit(c) || c is '.' or 'e' or 'E' or 'u')));
            }
            else if (character is '\'' or '"')
            {
                tokens.Add(new Token("string", ReadString(expression, ref position)));
            }
            else
            {
                tokens.Add(new Token("operator", ReadOperator(expression, ref position)));
            }
        }

        tokens.Add(new Token("end", ""));

        return tokens;
    }

    private static string ReadWhile(string expression, ref int position, Func<char, bool> accept)
    {
        var start = position;
        while (position < expression.Length && accept(expression[position]))
        {
            position++;
        }

        return expression[start..position];
    }

    private static string ReadString(string expression, ref int position)
    {
        var quote = expression[position++];
        var text = new StringBuilder();
        while (position < expression.Length && expression[position] != quote)
        {
            var character = expression[position++];
            if (character == '\\' && position < expression.Length)
            {
                character = expression[position++] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    var escaped => escaped,
                };
            }

            text.Append(character);
        }

        if (position >= expression.Length)
        {
            throw new CelUnsupportedException($"unterminated string in \"{expression}\"");
        }

        position++;

        return text.ToString();
    }

    private static string ReadOperator(string expression, ref int position)
    {
        foreach (var candidate in Operators)
        {
            if (string.CompareOrdinal(expression, position, candidate, 0, candidate.Length) == 0)
            {
                position += candidate.Length;

                return candidate;
            }
        }

        throw new CelUnsupportedException(string.Create(CultureInfo.InvariantCulture, $"unsupported character '{expression[position]}' at position {position}"));
    }
}
