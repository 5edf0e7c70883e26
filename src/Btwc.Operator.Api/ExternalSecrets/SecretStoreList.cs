using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A list of SecretStores, as the API server returns it.</summary>
[KubernetesEntity(Group = ExternalSecretsGroup.Name, ApiVersion = ExternalSecretsGroup.Version, Kind = "SecretStoreList", PluralName = SecretStore.KubePluralName)]
public sealed class SecretStoreList : IKubernetesObject<V1ListMeta>, IItems<SecretStore>
{
    /// <summary>The versioned schema of this object.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ExternalSecretsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>SecretStoreList</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "SecretStoreList";

    /// <summary>Standard list metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    /// <summary>The SecretStores.</summary>
    [JsonPropertyName("items")]
    public IList<SecretStore> Items { get; set; } = [];
}
