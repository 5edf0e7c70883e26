using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.Generators;

/// <summary>A cluster-scoped generator: one generator spec that ExternalSecrets in any namespace can reference.</summary>
[KubernetesEntity(Group = GeneratorsGroup.Name, ApiVersion = GeneratorsGroup.Version, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource("clustergenerator", ClusterScoped = true, Categories = ["external-secrets", "external-secrets-generators"])]
public sealed class ClusterGenerator : IKubernetesObject<V1ObjectMeta>, ISpec<ClusterGeneratorSpec>
{
    /// <summary>The kind name.</summary>
    public const string KubeKind = GeneratorKind.ClusterGenerator;

    /// <summary>The plural resource name used in API paths.</summary>
    public const string KubePluralName = "clustergenerators";

    /// <summary>The versioned schema of this object: <c>generators.external-secrets.io/v1alpha1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GeneratorsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>ClusterGenerator</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    /// <summary>Standard object metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The kind of the wrapped generator and its spec.</summary>
    [JsonPropertyName("spec")]
    public ClusterGeneratorSpec Spec { get; set; } = new();
}
