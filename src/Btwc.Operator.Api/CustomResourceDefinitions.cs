using k8s;
using k8s.Models;

namespace Btwc.Operator.Api;

/// <summary>
/// The CRDs in <c>deploy/crds/</c>, embedded in this assembly, for the operator and dev mode to install. They
/// are the output of <see cref="CrdGenerator"/>, and a test fails when the files and the generator disagree.
/// </summary>
public static class CustomResourceDefinitions
{
    private const string ResourcePrefix = "crds/";

    private static readonly Lazy<IReadOnlyList<V1CustomResourceDefinition>> Definitions = new(Load);

    /// <summary>Every CRD, in the order of <see cref="CrdGenerator.ResourceTypes"/>.</summary>
    /// <remarks>Each call returns new objects, so callers may change them.</remarks>
    public static IReadOnlyList<V1CustomResourceDefinition> All =>
        [.. Definitions.Value.Select(definition => KubernetesJson.Deserialize<V1CustomResourceDefinition>(KubernetesJson.Serialize(definition)))];

    private static IReadOnlyList<V1CustomResourceDefinition> Load()
    {
        var assembly = typeof(CustomResourceDefinitions).Assembly;
        var definitions = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .ToDictionary(definition => definition.Spec.Names.Kind, StringComparer.Ordinal);

        var missing = CrdGenerator.ResourceTypes.Select(KindOf).Where(kind => !definitions.ContainsKey(kind)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The assembly embeds no CRD for {string.Join(", ", missing)}. " +
                "Regenerate deploy/crds with 'BTWC_UPDATE_CRDS=1 dotnet test tests/Btwc.Operator.Api.Tests' and rebuild.");
        }

        return [.. CrdGenerator.ResourceTypes.Select(type => definitions[KindOf(type)])];
    }

    private static V1CustomResourceDefinition Read(System.Reflection.Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        var fromYaml = KubernetesYaml.Deserialize<V1CustomResourceDefinition>(stream);

        // A JSON round trip turns the untyped schema fields (default, items) from YAML maps into JsonElements.
        return KubernetesJson.Deserialize<V1CustomResourceDefinition>(KubernetesJson.Serialize(fromYaml));
    }

    private static string KindOf(Type resourceType) =>
        resourceType.GetCustomAttributes(typeof(KubernetesEntityAttribute), false).Cast<KubernetesEntityAttribute>().Single().Kind;
}
