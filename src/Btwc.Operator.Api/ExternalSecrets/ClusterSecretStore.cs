using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A ClusterSecretStore: a cluster-scoped store that ExternalSecrets in any allowed namespace can use.</summary>
[KubernetesEntity(Group = ExternalSecretsGroup.Name, ApiVersion = ExternalSecretsGroup.Version, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource("clustersecretstore", ClusterScoped = true, ShortNames = ["css"], Categories = ["external-secrets"])]
[PrinterColumn("AGE", ".metadata.creationTimestamp", Type = "date", Order = 1)]
[PrinterColumn("Status", ".status.conditions[?(@.type==\"Ready\")].reason", Order = 2)]
[PrinterColumn("Capabilities", ".status.capabilities", Order = 3)]
[PrinterColumn("Ready", ".status.conditions[?(@.type==\"Ready\")].status", Order = 4)]
public sealed class ClusterSecretStore : IKubernetesObject<V1ObjectMeta>, ISpec<SecretStoreSpec>, IStatus<SecretStoreStatus?>
{
    /// <summary>The kind name.</summary>
    public const string KubeKind = "ClusterSecretStore";

    /// <summary>The plural resource name used in API paths.</summary>
    public const string KubePluralName = "clustersecretstores";

    /// <summary>The versioned schema of this object: <c>external-secrets.io/v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ExternalSecretsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>ClusterSecretStore</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    /// <summary>Standard object metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The provider, its settings and the namespaces allowed to use the store.</summary>
    [JsonPropertyName("spec")]
    public SecretStoreSpec Spec { get; set; } = new();

    /// <summary>The observed state, written by the operator.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SecretStoreStatus? Status { get; set; }
}
