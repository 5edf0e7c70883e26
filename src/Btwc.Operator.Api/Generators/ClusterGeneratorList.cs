using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.Generators;

/// <summary>A list of ClusterGenerators, as the API server returns it.</summary>
[KubernetesEntity(Group = GeneratorsGroup.Name, ApiVersion = GeneratorsGroup.Version, Kind = "ClusterGeneratorList", PluralName = ClusterGenerator.KubePluralName)]
public sealed class ClusterGeneratorList : IKubernetesObject<V1ListMeta>, IItems<ClusterGenerator>
{
    /// <summary>The versioned schema of this object.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GeneratorsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>ClusterGeneratorList</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "ClusterGeneratorList";

    /// <summary>Standard list metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    /// <summary>The ClusterGenerators.</summary>
    [JsonPropertyName("items")]
    public IList<ClusterGenerator> Items { get; set; } = [];
}
