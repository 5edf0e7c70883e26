using System.Text.Json.Serialization;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.Generators;

/// <summary>The settings of a BeyondTrust Workload Credentials dynamic secret generator.</summary>
public sealed class BeyondtrustWorkloadCredentialsDynamicSecretSpec
{
    /// <summary>The controller class that runs the generator. Empty means every controller.</summary>
    [JsonPropertyName("controller")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Controller { get; set; }

    /// <summary>The provider settings. <c>folderPath</c> names the dynamic secret as <c>folder/name</c>.</summary>
    [JsonPropertyName("provider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public BeyondtrustWorkloadCredentialsProvider? Provider { get; set; }

    /// <summary>Retry settings for provider calls. Not used by this generator.</summary>
    [JsonPropertyName("retrySettings")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SecretStoreRetrySettings? RetrySettings { get; set; }
}
