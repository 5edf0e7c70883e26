using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.Generators;

/// <summary>A list of BeyondtrustWorkloadCredentialsDynamicSecrets, as the API server returns it.</summary>
[KubernetesEntity(Group = GeneratorsGroup.Name, ApiVersion = GeneratorsGroup.Version, Kind = "BeyondtrustWorkloadCredentialsDynamicSecretList", PluralName = BeyondtrustWorkloadCredentialsDynamicSecret.KubePluralName)]
public sealed class BeyondtrustWorkloadCredentialsDynamicSecretList : IKubernetesObject<V1ListMeta>, IItems<BeyondtrustWorkloadCredentialsDynamicSecret>
{
    /// <summary>The versioned schema of this object.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GeneratorsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>BeyondtrustWorkloadCredentialsDynamicSecretList</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "BeyondtrustWorkloadCredentialsDynamicSecretList";

    /// <summary>Standard list metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    /// <summary>The generators.</summary>
    [JsonPropertyName("items")]
    public IList<BeyondtrustWorkloadCredentialsDynamicSecret> Items { get; set; } = [];
}
