using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The lease of a generated credential: its identifier and validity period. Never the credential itself.</summary>
public sealed class CredentialLease
{
    /// <summary>The lease identifier the provider returned.</summary>
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    /// <summary>When the credential was issued.</summary>
    [JsonPropertyName("issuedAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Format("date-time")]
    public DateTime? IssuedAt { get; set; }

    /// <summary>When the credential expires.</summary>
    [JsonPropertyName("expiration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Format("date-time")]
    public DateTime? Expiration { get; set; }
}
