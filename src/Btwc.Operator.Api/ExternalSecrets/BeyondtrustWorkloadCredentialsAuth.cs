using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Authentication to BeyondTrust Workload Credentials.</summary>
public sealed class BeyondtrustWorkloadCredentialsAuth
{
    /// <summary>Authentication with an API token.</summary>
    /// <remarks>The C# name matches the lower-case JSON name because <c>KubernetesYaml</c> derives YAML names from C# names.</remarks>
    [JsonPropertyName("apikey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public BeyondtrustWorkloadCredentialsApiKey? Apikey { get; set; }
}
