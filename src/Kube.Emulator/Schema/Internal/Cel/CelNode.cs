using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal.Cel;

/// <summary>A node of a parsed CEL expression from <c>x-kubernetes-validations</c>.</summary>
internal abstract record CelNode
{
    /// <summary>A literal: string, number, boolean, null.</summary>
    public sealed record Literal(JsonNode? Value) : CelNode;

    /// <summary>A list literal such as <c>['a', 'b']</c>.</summary>
    public sealed record ListLiteral(IReadOnlyList<CelNode> Items) : CelNode;

    /// <summary><c>self</c>: the value the rule is attached to.</summary>
    public sealed record Self : CelNode;

    /// <summary><c>target.name</c>.</summary>
    public sealed record Member(CelNode Target, string Name) : CelNode;

    /// <summary><c>target[index]</c>.</summary>
    public sealed record Index(CelNode Target, CelNode Key) : CelNode;

    /// <summary><c>has(target.name)</c>: true when the field is present.</summary>
    public sealed record Has(CelNode Target, string Name) : CelNode;

    /// <summary>A function, global (<c>size(x)</c>) or as a method (<c>x.startsWith('a')</c>).</summary>
    public sealed record Call(string Function, CelNode? Target, IReadOnlyList<CelNode> Arguments) : CelNode;

    /// <summary><c>!operand</c> or <c>-operand</c>.</summary>
    public sealed record Unary(string Operator, CelNode Operand) : CelNode;

    /// <summary>A binary operator: <c>||</c>, <c>&amp;&amp;</c>, comparisons, <c>in</c>, <c>+</c>, <c>-</c>.</summary>
    public sealed record Binary(string Operator, CelNode Left, CelNode Right) : CelNode;
}

/// <summary>Thrown when an expression uses CEL this evaluator does not support.</summary>
internal sealed class CelUnsupportedException(string message) : Exception(message);

/// <summary>Thrown when evaluation fails, such as on a missing key or a type mismatch.</summary>
internal sealed class CelEvaluationException(string message) : Exception(message);
