using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>API token authentication: where the token is stored.</summary>
public sealed class BeyondtrustWorkloadCredentialsApiKey
{
    /// <summary>The Secret key that contains the API token, sent as a Bearer token.</summary>
    [JsonPropertyName("token")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public SecretKeySelector? Token { get; set; }
}
