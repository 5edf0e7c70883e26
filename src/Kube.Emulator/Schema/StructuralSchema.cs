using System.Text.Json.Nodes;
using Kube.Emulator.Schema.Internal;

namespace Kube.Emulator.Schema;

/// <summary>
/// The <c>openAPIV3Schema</c> of one CustomResourceDefinition version, applied to custom objects as the API
/// server applies it: unknown fields pruned, defaults set, then the value validations checked.
/// </summary>
/// <remarks>
/// <c>x-kubernetes-validations</c> rules are evaluated for a CEL subset: field access on <c>self</c>,
/// <c>has()</c>, <c>size()</c>, <c>startsWith</c>/<c>endsWith</c>/<c>contains</c>/<c>matches</c>, comparisons,
/// <c>in</c>, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>+</c>, <c>-</c>; other rules and transition rules
/// (<c>oldSelf</c>) pass unchecked. <c>x-kubernetes-list-type</c> <c>set</c> and <c>map</c> lists are checked for
/// duplicates, and <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c> and <c>not</c> as value validations. <c>metadata</c> at
/// the resource root is left to the server.
/// </remarks>
public sealed class StructuralSchema
{
    private readonly SchemaNode root;

    private StructuralSchema(SchemaNode root)
    {
        this.root = root;
    }

    /// <summary>Parses an <c>openAPIV3Schema</c> object.</summary>
    /// <param name="openApiV3Schema">The schema, as in <c>spec.versions[].schema.openAPIV3Schema</c> of a CRD.</param>
    /// <exception cref="SchemaParseException">A keyword has the wrong JSON type or a pattern does not compile.</exception>
    public static StructuralSchema Parse(JsonNode openApiV3Schema)
    {
        ArgumentNullException.ThrowIfNull(openApiV3Schema);

        return new StructuralSchema(SchemaNodeParser.Parse(openApiV3Schema, "openAPIV3Schema"));
    }

    /// <summary>
    /// Prunes unknown fields, applies defaults and validates <paramref name="resource"/> in place.
    /// <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> at the root are never pruned.
    /// </summary>
    /// <param name="resource">The whole custom object; changed in place.</param>
    /// <param name="mode">How unknown fields are reported; they are removed in every mode.</param>
    /// <returns>
    /// Unknown fields first (type <see cref="FieldErrorTypes.Unknown"/>, with <see cref="FieldError.IsWarning"/> set
    /// under <see cref="SchemaApplyMode.Warn"/>; none under <see cref="SchemaApplyMode.Prune"/>), then the
    /// validation errors; empty when the object is valid.
    /// </returns>
    public IReadOnlyList<FieldError> Apply(JsonObject resource, SchemaApplyMode mode)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var errors = new List<FieldError>();

        new SchemaNormalizer(mode, errors).NormalizeResource(resource, root);
        new SchemaValidator(errors).ValidateResource(resource, root);

        return errors;
    }
}
