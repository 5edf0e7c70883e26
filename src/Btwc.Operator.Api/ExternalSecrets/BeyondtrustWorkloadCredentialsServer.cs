using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The BeyondTrust Workload Credentials endpoint and tenant.</summary>
public sealed class BeyondtrustWorkloadCredentialsServer
{
    /// <summary>The base URL of the API, which must use https, such as <c>https://api.beyondtrust.io/site</c>.</summary>
    [JsonPropertyName("apiUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? ApiUrl { get; set; }

    /// <summary>The site identifier, a UUID such as <c>a1b2c3d4-e5f6-7890-abcd-ef1234567890</c>.</summary>
    [JsonPropertyName("siteId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? SiteId { get; set; }
}
