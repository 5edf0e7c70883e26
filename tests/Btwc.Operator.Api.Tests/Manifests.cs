using System.Text.Json.Nodes;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using k8s;

namespace Btwc.Operator.Api.Tests;

/// <summary>Reads the test manifests and converts them between YAML, typed objects and JSON.</summary>
internal static class Manifests
{
    private static readonly Dictionary<string, Type> TypesByKind = new(StringComparer.Ordinal)
    {
        [$"{ExternalSecretsGroup.ApiVersion}/{ExternalSecret.KubeKind}"] = typeof(ExternalSecret),
        [$"{ExternalSecretsGroup.ApiVersion}/{SecretStore.KubeKind}"] = typeof(SecretStore),
        [$"{ExternalSecretsGroup.ApiVersion}/{ClusterSecretStore.KubeKind}"] = typeof(ClusterSecretStore),
        [$"{GeneratorsGroup.ApiVersion}/{BeyondtrustWorkloadCredentialsDynamicSecret.KubeKind}"] = typeof(BeyondtrustWorkloadCredentialsDynamicSecret),
        [$"{GeneratorsGroup.ApiVersion}/{ClusterGenerator.KubeKind}"] = typeof(ClusterGenerator),
    };

    public static IReadOnlyList<string> FileNames { get; } =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Manifests"), "*.yaml").Select(Path.GetFileName).Order()!];

    /// <summary>Returns the YAML documents of a manifest file.</summary>
    public static IReadOnlyList<string> Documents(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifests", fileName)).ReplaceLineEndings("\n");

        return [.. text.Split("\n---\n").Select(document => document.Trim()).Where(document => document.Trim('-').Length > 0)];
    }

    /// <summary>Reads one document into the C# type its apiVersion and kind name, rejecting fields the type does not have.</summary>
    public static object ReadTyped(string document)
    {
        var generic = KubernetesYaml.Deserialize<Dictionary<string, object>>(document);
        var key = $"{generic["apiVersion"]}/{generic["kind"]}";
        var type = TypesByKind[key];

        var deserialize = typeof(KubernetesYaml).GetMethod(nameof(KubernetesYaml.Deserialize), [typeof(string), typeof(bool)])!;

        return deserialize.MakeGenericMethod(type).Invoke(null, [document, true])!;
    }

    /// <summary>Reads one document as plain JSON, without any C# type.</summary>
    public static JsonNode ReadJson(string document) =>
        JsonNode.Parse(KubernetesJson.Serialize(KubernetesYaml.Deserialize<Dictionary<string, object>>(document)))!;

    /// <summary>Reads one document into its C# type from JSON, as KubernetesClient reads API responses.</summary>
    public static object ReadTypedFromJson(JsonNode json, Type type)
    {
        var deserialize = typeof(KubernetesJson).GetMethods()
            .Single(method => method.Name == nameof(KubernetesJson.Deserialize) && method.GetParameters()[0].ParameterType == typeof(string));

        return deserialize.MakeGenericMethod(type).Invoke(null, [json.ToJsonString(), null])!;
    }

    /// <summary>Writes an object as KubernetesClient writes it to the API server.</summary>
    public static JsonNode WriteJson(object value) => JsonNode.Parse(KubernetesJson.Serialize(value))!;
}
