using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The observed state of an ExternalSecret.</summary>
/// <remarks>
/// External Secrets writes times with whole seconds. KubernetesJson writes the fraction of a <see cref="DateTime"/>
/// when it has one, so truncate times to seconds before writing them to match.
/// </remarks>
public sealed class ExternalSecretStatus
{
    /// <summary>When the last successful sync started.</summary>
    [JsonPropertyName("refreshTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Format("date-time")]
    [SchemaNullable]
    public DateTime? RefreshTime { get; set; }

    /// <summary>The generation and metadata hash of the ExternalSecret at the last successful sync, as <c>generation-hash</c>.</summary>
    [JsonPropertyName("syncedResourceVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SyncedResourceVersion { get; set; }

    /// <summary>The conditions of the ExternalSecret. <c>Ready</c> reports whether the Secret is in sync.</summary>
    [JsonPropertyName("conditions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<ExternalSecretStatusCondition>? Conditions { get; set; }

    /// <summary>The Secret the operator created or updated.</summary>
    [JsonPropertyName("binding")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [MapType("atomic")]
    public V1LocalObjectReference? Binding { get; set; }

    /// <summary>The lease of the credential last written, when the source is a generator that issues expiring credentials.</summary>
    [JsonPropertyName("lease")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CredentialLease? Lease { get; set; }

    /// <summary>When the operator plans the next refresh.</summary>
    [JsonPropertyName("nextRefreshTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Format("date-time")]
    public DateTime? NextRefreshTime { get; set; }
}
