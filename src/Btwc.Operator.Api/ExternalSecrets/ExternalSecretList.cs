using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A list of ExternalSecrets, as the API server returns it.</summary>
[KubernetesEntity(Group = ExternalSecretsGroup.Name, ApiVersion = ExternalSecretsGroup.Version, Kind = "ExternalSecretList", PluralName = ExternalSecret.KubePluralName)]
public sealed class ExternalSecretList : IKubernetesObject<V1ListMeta>, IItems<ExternalSecret>
{
    /// <summary>The versioned schema of this object.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ExternalSecretsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>ExternalSecretList</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "ExternalSecretList";

    /// <summary>Standard list metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    /// <summary>The ExternalSecrets.</summary>
    [JsonPropertyName("items")]
    public IList<ExternalSecret> Items { get; set; } = [];
}
