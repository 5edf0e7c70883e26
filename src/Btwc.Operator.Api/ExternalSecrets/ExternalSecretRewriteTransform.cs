using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A key rewrite by template.</summary>
public sealed class ExternalSecretRewriteTransform
{
    /// <summary>The template rendered for each key, with the key available as <c>.value</c>.</summary>
    [JsonPropertyName("template")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? Template { get; set; }
}
