using k8s.Models;

namespace Btwc.Operator.Api.Tests;

/// <summary>Finds generated CRDs and the schema nodes inside them by path.</summary>
internal static class CrdSchemas
{
    private static readonly Lazy<IReadOnlyList<V1CustomResourceDefinition>> Definitions = new(CrdGenerator.GenerateDefinitions);

    public static V1CustomResourceDefinition Definition(string kind) =>
        Definitions.Value.Single(definition => definition.Spec.Names.Kind == kind);

    public static V1CustomResourceDefinitionVersion ServedVersion(string kind) =>
        Definition(kind).Spec.Versions.Single(version => version.Served);

    /// <summary>Returns the schema at a dotted path such as <c>spec.dataFrom[].sourceRef.generatorRef.kind</c>, where <c>[]</c> steps into list items.</summary>
    public static V1JSONSchemaProps At(string kind, string path)
    {
        var schema = ServedVersion(kind).Schema.OpenAPIV3Schema;
        foreach (var segment in path.Split('.'))
        {
            var name = segment.TrimEnd('[', ']');
            Assert.True(
                schema.Properties is not null && schema.Properties.ContainsKey(name),
                $"The {kind} schema has no field '{name}' on the path '{path}'.");
            schema = schema.Properties[name];
            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                schema = Assert.IsType<V1JSONSchemaProps>(schema.Items);
            }
        }

        return schema;
    }

    /// <summary>Returns every schema node of a CRD with its path, depth first.</summary>
    public static IEnumerable<(string Path, V1JSONSchemaProps Schema)> Walk(string kind)
    {
        var pending = new Stack<(string, V1JSONSchemaProps)>();
        pending.Push(("", ServedVersion(kind).Schema.OpenAPIV3Schema));
        while (pending.Count > 0)
        {
            var (path, schema) = pending.Pop();
            yield return (path, schema);
            foreach (var (name, child) in schema.Properties ?? new Dictionary<string, V1JSONSchemaProps>())
            {
                pending.Push((path.Length == 0 ? name : $"{path}.{name}", child));
            }

            if (schema.Items is V1JSONSchemaProps items)
            {
                pending.Push((path + "[]", items));
            }
        }
    }
}
