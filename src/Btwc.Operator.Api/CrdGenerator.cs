using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using Btwc.Operator.Api.Schema.Internal;
using k8s.Models;

namespace Btwc.Operator.Api;

/// <summary>
/// Generates the CustomResourceDefinitions of the served resources from their C# types. The YAML under
/// <c>deploy/crds/</c> is this generator's output, and a test fails when it is out of date.
/// </summary>
public static class CrdGenerator
{
    /// <summary>The file that contains every CRD, one YAML document each.</summary>
    public const string AllFileName = "all.yaml";

    /// <summary>The resource types that get a CRD, in the order <see cref="AllFileName"/> lists them.</summary>
    public static IReadOnlyList<Type> ResourceTypes { get; } =
    [
        typeof(ExternalSecret),
        typeof(SecretStore),
        typeof(ClusterSecretStore),
        typeof(BeyondtrustWorkloadCredentialsDynamicSecret),
        typeof(ClusterGenerator),
    ];

    /// <summary>Builds the CRD of every type in <see cref="ResourceTypes"/>.</summary>
    /// <returns>The definitions, in the order of <see cref="ResourceTypes"/>.</returns>
    /// <exception cref="InvalidOperationException">The XML documentation file of this assembly is missing, so descriptions cannot be generated.</exception>
    public static IReadOnlyList<V1CustomResourceDefinition> GenerateDefinitions()
    {
        var documentation = DocumentationComments.Load(typeof(CrdGenerator).Assembly);
        var builder = new DefinitionBuilder(new SchemaBuilder(documentation));

        return [.. ResourceTypes.Select(builder.Build)];
    }

    /// <summary>Generates the YAML of every CRD, by file name.</summary>
    /// <returns>
    /// One entry per CRD named <c>group_plural.yaml</c> (for example <c>external-secrets.io_externalsecrets.yaml</c>),
    /// and <see cref="AllFileName"/> with every CRD as separate YAML documents.
    /// </returns>
    /// <exception cref="InvalidOperationException">The XML documentation file of this assembly is missing, so descriptions cannot be generated.</exception>
    public static IReadOnlyDictionary<string, string> GenerateAll()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<string>();
        foreach (var definition in GenerateDefinitions())
        {
            var yaml = CrdYaml.Write(definition);
            files[FileName(definition)] = yaml;
            documents.Add("---\n" + yaml);
        }

        files[AllFileName] = string.Concat(documents);

        return files;
    }

    /// <summary>Returns the file name of a CRD: its group, an underscore, its plural name and <c>.yaml</c>.</summary>
    /// <param name="definition">The CRD.</param>
    /// <returns>The file name, such as <c>external-secrets.io_externalsecrets.yaml</c>.</returns>
    public static string FileName(V1CustomResourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        return $"{definition.Spec.Group}_{definition.Spec.Names.Plural}.yaml";
    }
}
