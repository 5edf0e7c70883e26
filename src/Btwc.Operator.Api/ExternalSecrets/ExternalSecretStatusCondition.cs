using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A condition of an ExternalSecret.</summary>
public sealed class ExternalSecretStatusCondition
{
    /// <summary>The condition type: <c>Ready</c> or <c>Deleted</c>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Enum(typeof(ExternalSecretConditionType))]
    public string? Type { get; set; }

    /// <summary>The condition status: <c>True</c>, <c>False</c> or <c>Unknown</c>.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? Status { get; set; }

    /// <summary>A one-word reason for the status, such as <c>SecretSynced</c>.</summary>
    [JsonPropertyName("reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; set; }

    /// <summary>A sentence about the status for people.</summary>
    [JsonPropertyName("message")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Message { get; set; }

    /// <summary>When the status last changed.</summary>
    [JsonPropertyName("lastTransitionTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Format("date-time")]
    public DateTime? LastTransitionTime { get; set; }
}
