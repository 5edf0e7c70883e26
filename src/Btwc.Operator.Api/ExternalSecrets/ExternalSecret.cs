using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>An ExternalSecret: which remote values or generators fill which keys of a Kubernetes Secret, and how often.</summary>
[KubernetesEntity(Group = ExternalSecretsGroup.Name, ApiVersion = ExternalSecretsGroup.Version, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource("externalsecret", ShortNames = ["es"], Categories = ["external-secrets"])]
[PrinterColumn("StoreType", ".spec.secretStoreRef.kind", Order = 1)]
[PrinterColumn("Store", ".spec.secretStoreRef.name", Order = 2)]
[PrinterColumn("Refresh Interval", ".spec.refreshInterval", Order = 3)]
[PrinterColumn("Status", ".status.conditions[?(@.type==\"Ready\")].reason", Order = 4)]
[PrinterColumn("Ready", ".status.conditions[?(@.type==\"Ready\")].status", Order = 5)]
[PrinterColumn("Last Sync", ".status.refreshTime", Type = "date", Order = 6)]
// Expires is a string column: kubectl renders a future time in a date column as "<invalid>", so the timestamp is shown as written.
[PrinterColumn("Expires", ".status.lease.expiration", Type = "string", Priority = 1, Order = 7)]
[SelectableField(".spec.secretStoreRef.name")]
[SelectableField(".spec.secretStoreRef.kind")]
[SelectableField(".spec.target.name")]
[SelectableField(".spec.refreshInterval")]
public sealed class ExternalSecret : IKubernetesObject<V1ObjectMeta>, ISpec<ExternalSecretSpec>, IStatus<ExternalSecretStatus?>
{
    /// <summary>The kind name.</summary>
    public const string KubeKind = "ExternalSecret";

    /// <summary>The plural resource name used in API paths.</summary>
    public const string KubePluralName = "externalsecrets";

    /// <summary>The versioned schema of this object: <c>external-secrets.io/v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ExternalSecretsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>ExternalSecret</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    /// <summary>Standard object metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The desired state: sources, target Secret and refresh schedule.</summary>
    [JsonPropertyName("spec")]
    public ExternalSecretSpec Spec { get; set; } = new();

    /// <summary>The observed state, written by the operator.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretStatus? Status { get; set; }
}
