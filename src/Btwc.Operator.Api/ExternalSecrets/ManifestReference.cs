using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The type of a generic target resource.</summary>
public sealed class ManifestReference
{
    /// <summary>The <c>apiVersion</c> of the target resource, such as <c>v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1)]
    public string? ApiVersion { get; set; }

    /// <summary>The kind of the target resource, such as <c>ConfigMap</c>.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1)]
    public string? Kind { get; set; }
}
