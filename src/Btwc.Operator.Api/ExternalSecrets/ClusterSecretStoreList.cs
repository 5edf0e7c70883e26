using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A list of ClusterSecretStores, as the API server returns it.</summary>
[KubernetesEntity(Group = ExternalSecretsGroup.Name, ApiVersion = ExternalSecretsGroup.Version, Kind = "ClusterSecretStoreList", PluralName = ClusterSecretStore.KubePluralName)]
public sealed class ClusterSecretStoreList : IKubernetesObject<V1ListMeta>, IItems<ClusterSecretStore>
{
    /// <summary>The versioned schema of this object.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ExternalSecretsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>ClusterSecretStoreList</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "ClusterSecretStoreList";

    /// <summary>Standard list metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    /// <summary>The ClusterSecretStores.</summary>
    [JsonPropertyName("items")]
    public IList<ClusterSecretStore> Items { get; set; } = [];
}
