using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The desired state of a SecretStore or ClusterSecretStore.</summary>
public sealed class SecretStoreSpec
{
    /// <summary>The controller class that handles the store. Empty means every controller.</summary>
    [JsonPropertyName("controller")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Controller { get; set; }

    /// <summary>The secrets provider: exactly one provider block.</summary>
    [JsonPropertyName("provider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [ValidationRule("has(self.beyondtrustworkloadcredentials)", "spec.provider must hold a beyondtrustworkloadcredentials block: btwc-operator serves no other provider")]
    public SecretStoreProvider? Provider { get; set; }

    /// <summary>Retry settings for provider calls. The BeyondTrust Workload Credentials provider does not use them.</summary>
    [JsonPropertyName("retrySettings")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SecretStoreRetrySettings? RetrySettings { get; set; }

    /// <summary>How often the store is checked: an integer number of seconds or a Go duration such as <c>5m</c>.</summary>
    [JsonPropertyName("refreshInterval")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IntOrString? RefreshInterval { get; set; }

    /// <summary>The namespaces whose ExternalSecrets may use a ClusterSecretStore. Ignored on a SecretStore.</summary>
    [JsonPropertyName("conditions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<ClusterSecretStoreCondition>? Conditions { get; set; }
}
