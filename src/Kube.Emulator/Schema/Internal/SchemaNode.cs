using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kube.Emulator.Schema.Internal;

/// <summary>One parsed node of a structural schema; immutable after parsing.</summary>
internal sealed class SchemaNode
{
    public string? Type { get; init; }

    public bool Nullable { get; init; }

    public bool PreserveUnknownFields { get; init; }

    public bool IntOrString { get; init; }

    public bool EmbeddedResource { get; init; }

    /// <summary>Declared properties in schema order.</summary>
    public IReadOnlyList<KeyValuePair<string, SchemaNode>> Properties { get; init; } = [];

    public IReadOnlyDictionary<string, SchemaNode> PropertiesByName { get; init; } = new Dictionary<string, SchemaNode>();

    /// <summary>The schema of map values (<c>additionalProperties</c> as a schema, or an empty schema for <c>true</c>).</summary>
    public SchemaNode? AdditionalProperties { get; init; }

    public SchemaNode? Items { get; init; }

    /// <summary><c>x-kubernetes-list-type</c>: <c>atomic</c>, <c>set</c> or <c>map</c>; null when not set.</summary>
    public string? ListType { get; init; }

    /// <summary><c>x-kubernetes-list-map-keys</c>: the fields that identify an item of a <c>map</c> list.</summary>
    public IReadOnlyList<string> ListMapKeys { get; init; } = [];

    public bool HasDefault { get; init; }

    /// <summary>The <c>default</c> value; JSON null is only possible for a nullable field.</summary>
    public JsonNode? Default { get; init; }

    public IReadOnlyList<JsonNode?>? Enum { get; init; }

    public IReadOnlyList<string> Required { get; init; } = [];

    public string? Pattern { get; init; }

    public Regex? PatternRegex { get; init; }

    public string? Format { get; init; }

    public long? MinLength { get; init; }

    public long? MaxLength { get; init; }

    public long? MinItems { get; init; }

    public long? MaxItems { get; init; }

    public long? MinProperties { get; init; }

    public long? MaxProperties { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public bool ExclusiveMinimum { get; init; }

    public bool ExclusiveMaximum { get; init; }

    public double? MultipleOf { get; init; }

    /// <summary>The <c>allOf</c> branches: value validations that must all pass.</summary>
    public IReadOnlyList<SchemaNode> AllOf { get; init; } = [];

    /// <summary>The <c>anyOf</c> branches: at least one must pass.</summary>
    public IReadOnlyList<SchemaNode> AnyOf { get; init; } = [];

    /// <summary>The <c>oneOf</c> branches: exactly one must pass.</summary>
    public IReadOnlyList<SchemaNode> OneOf { get; init; } = [];

    /// <summary>The <c>not</c> schema: the value must fail it.</summary>
    public SchemaNode? Not { get; init; }

    /// <summary>The <c>x-kubernetes-validations</c> rules, checked after the keywords above.</summary>
    public IReadOnlyList<ValidationRule> Rules { get; init; } = [];

    /// <summary>Returns the schema for the property <paramref name="name"/>, or null when the field is unknown.</summary>
    public SchemaNode? ChildSchema(string name)
    {
        if (PropertiesByName.TryGetValue(name, out var property))
        {
            return property;
        }

        return AdditionalProperties;
    }
}
