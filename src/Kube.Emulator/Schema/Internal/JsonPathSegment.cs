namespace Kube.Emulator.Schema.Internal;

/// <summary>One step of a parsed JSONPath expression.</summary>
internal abstract record JsonPathSegment
{
    /// <summary><c>.name</c> or <c>['name']</c>; several names for <c>['a','b']</c>.</summary>
    public sealed record Field(IReadOnlyList<string> Names) : JsonPathSegment;

    /// <summary>A lone <c>.</c>: the current node.</summary>
    public sealed record Self : JsonPathSegment;

    /// <summary><c>.*</c> or <c>[*]</c>: every member of an object or item of an array.</summary>
    public sealed record Wildcard : JsonPathSegment;

    /// <summary><c>[0]</c>, <c>[-1]</c> or <c>[0,2]</c>.</summary>
    public sealed record Indexes(IReadOnlyList<int> Values) : JsonPathSegment;

    /// <summary><c>[start:end:step]</c>, each part optional.</summary>
    public sealed record Slice(int? Start, int? End, int? Step) : JsonPathSegment;

    /// <summary><c>[?(@.type=="Ready")]</c>: the array items for which the condition holds.</summary>
    public sealed record Filter(JsonPathFilter Condition) : JsonPathSegment;

    /// <summary><c>..name</c>: the next step applied to a node and all its descendants.</summary>
    public sealed record RecursiveDescent(JsonPathSegment Next) : JsonPathSegment;
}

/// <summary>
/// The condition of a filter: <c>@.path</c> alone tests that the value exists; with an operator it compares
/// against a literal or another <c>@</c> path.
/// </summary>
internal sealed record JsonPathFilter(
    IReadOnlyList<JsonPathSegment> Left,
    string? Operator,
    IReadOnlyList<JsonPathSegment>? RightPath,
    System.Text.Json.Nodes.JsonNode? RightLiteral);
