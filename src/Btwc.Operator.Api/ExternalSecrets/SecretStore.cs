using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A SecretStore: how ExternalSecrets in its namespace reach a secrets provider.</summary>
[KubernetesEntity(Group = ExternalSecretsGroup.Name, ApiVersion = ExternalSecretsGroup.Version, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource("secretstore", ShortNames = ["ss"], Categories = ["external-secrets"])]
[PrinterColumn("AGE", ".metadata.creationTimestamp", Type = "date", Order = 1)]
[PrinterColumn("Status", ".status.conditions[?(@.type==\"Ready\")].reason", Order = 2)]
[PrinterColumn("Capabilities", ".status.capabilities", Order = 3)]
[PrinterColumn("Ready", ".status.conditions[?(@.type==\"Ready\")].status", Order = 4)]
public sealed class SecretStore : IKubernetesObject<V1ObjectMeta>, ISpec<SecretStoreSpec>, IStatus<SecretStoreStatus?>
{
    /// <summary>The kind name.</summary>
    public const string KubeKind = "SecretStore";

    /// <summary>The plural resource name used in API paths.</summary>
    public const string KubePluralName = "secretstores";

    /// <summary>The versioned schema of this object: <c>external-secrets.io/v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ExternalSecretsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>SecretStore</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    /// <summary>Standard object metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The provider and its settings.</summary>
    [JsonPropertyName("spec")]
    public SecretStoreSpec Spec { get; set; } = new();

    /// <summary>The observed state, written by the operator.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SecretStoreStatus? Status { get; set; }
}
