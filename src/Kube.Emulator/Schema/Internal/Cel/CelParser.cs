using System.Text.Json.Nodes;
using static Kube.Emulator.Schema.Internal.Cel.CelTokenizer;

namespace Kube.Emulator.Schema.Internal.Cel;

/// <summary>
/// Parses the CEL subset that CRD validation rules use most: <c>self</c> field access, <c>has()</c>,
/// <c>size()</c>, string methods, comparisons, <c>in</c>, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and literals.
/// </summary>
/// <remarks>
/// Macros (<c>all</c>, <c>exists</c>, <c>map</c>, <c>filter</c>), the conditional operator and <c>oldSelf</c> raise
/// <see cref="CelUnsupportedException"/>.
/// </remarks>
internal sealed class CelParser
{
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal) { "size", "startsWith", "endsWith", "contains", "matches" };

    private static readonly string[] Comparisons = ["==", "!=", "<=", ">=", "<", ">"];

    private readonly List<Token> tokens;

    private readonly string expression;

    private int position;

    private CelParser(string expression)
    {
        this.expression = expression;
        tokens = Tokenize(expression);
    }

    public static CelNode Parse(string expression)
    {
        var parser = new CelParser(expression);
        var node = parser.ParseOr();
        if (parser.Peek.Kind != "end")
        {
            throw new CelUnsupportedException($"unexpected \"{parser.Peek.Text}\" in \"{expression}\"");
        }

        return node;
    }

    private Token Peek => tokens[position];

    private bool Accept(string text)
    {
        if (Peek.Kind is "operator" or "identifier" && Peek.Text == text)
        {
            position++;

            return true;
        }

        return false;
    }

    private void Expect(string text)
    {
        if (!Accept(text))
        {
            throw new CelUnsupportedException($"expected \"{text}\" but found \"{Peek.Text}\" in \"{expression}\"");
        }
    }

    private CelNode ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            left = new CelNode.Binary("||", left, ParseAnd());
        }

        return left;
    }

    private CelNode ParseAnd()
    {
        var left = ParseRelation();
        while (Accept("&&"))
        {
            left = new CelNode.Binary("&&", left, ParseRelation());
        }

        return left;
    }

    private CelNode ParseRelation()
    {
        var left = ParseAdditive();
        foreach (var comparison in Comparisons.Append("in"))
        {
            if (Accept(comparison))
            {
                return new CelNode.Binary(comparison, left, ParseAdditive());
            }
        }

        return left;
    }

    private CelNode ParseAdditive()
    {
        var left = ParseUnary();
        while (Peek.Text is "+" or "-" && Peek.Kind == "operator")
        {
            var operation = tokens[position++].Text;
            left = new CelNode.Binary(operation, left, ParseUnary());
        }

        return left;
    }

    private CelNode ParseUnary()
    {
        if (Accept("!"))
        {
            return new CelNode.Unary("!", ParseUnary());
        }

        return Accept("-") ? new CelNode.Unary("-", ParseUnary()) : ParsePostfix(ParsePrimary());
    }

    private CelNode ParsePostfix(CelNode node)
    {
        while (true)
        {
            if (Accept("."))
            {
                var name = ExpectIdentifier();
                node = Accept("(") ? Method(name, node) : new CelNode.Member(node, name);
            }
            else if (Accept("["))
            {
                var key = ParseOr();
                Expect("]");
                node = new CelNode.Index(node, key);
            }
            else
            {
                return node;
            }
        }
    }

    private CelNode Method(string name, CelNode target)
    {
        if (!Functions.Contains(name))
        {
            throw new CelUnsupportedException($"the function or macro \"{name}\" in \"{expression}\"");
        }

        return new CelNode.Call(name, target, ParseArguments());
    }

    private List<CelNode> ParseArguments()
    {
        var arguments = new List<CelNode>();
        if (Accept(")"))
        {
            return arguments;
        }

        do
        {
            arguments.Add(ParseOr());
        }
        while (Accept(","));

        Expect(")");

        return arguments;
    }

    private string ExpectIdentifier()
    {
        if (Peek.Kind != "identifier")
        {
            throw new CelUnsupportedException($"expected a field name but found \"{Peek.Text}\" in \"{expression}\"");
        }

        return tokens[position++].Text;
    }

    private CelNode ParsePrimary()
    {
        var token = tokens[position++];

        return token.Kind switch
        {
            "string" => new CelNode.Literal(JsonValue.Create(token.Text)),
            "number" => new CelNode.Literal(JsonNode.Parse(token.Text.TrimEnd('u'))),
            "identifier" => ParseIdentifier(token.Text),
            "operator" when token.Text == "(" => ParseParenthesized(),
            "operator" when token.Text == "[" => ParseList(),
            _ => throw new CelUnsupportedException($"unexpected \"{token.Text}\" in \"{expression}\""),
        };
    }

    private CelNode ParseIdentifier(string name)
    {
        switch (name)
        {
            case "self":
                return new CelNode.Self();
            case "true" or "false":
                return new CelNode.Literal(JsonValue.Create(name == "true"));
            case "null":
                return new CelNode.Literal(null);
            case "has":
                Expect("(");
                var field = ParsePostfix(ParsePrimary());
                Expect(")");

                return field is CelNode.Member member
                    ? new CelNode.Has(member.Target, member.Name)
                    : throw new CelUnsupportedException($"has() needs a field selection such as has(self.name) in \"{expression}\"");
            case "size":
                Expect("(");

                return new CelNode.Call("size", null, ParseArguments());
            default:
                throw new CelUnsupportedException($"the identifier or function \"{name}\" in \"{expression}\"");
        }
    }

    private CelNode ParseParenthesized()
    {
        var inner = ParseOr();
        Expect(")");

        return inner;
    }

    private CelNode ParseList()
    {
        var items = new List<CelNode>();
        if (!Accept("]"))
        {
            do
            {
                items.Add(ParseOr());
            }
            while (Accept(","));

            Expect("]");
        }

        return new CelNode.ListLiteral(items);
    }
}
