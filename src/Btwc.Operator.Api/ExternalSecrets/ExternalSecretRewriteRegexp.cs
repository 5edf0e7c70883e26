using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A key rewrite by regular expression.</summary>
public sealed class ExternalSecretRewriteRegexp
{
    /// <summary>The regular expression (RE2 syntax) to match in each key.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? Source { get; set; }

    /// <summary>The replacement, which may refer to groups as <c>$1</c>.</summary>
    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? Target { get; set; }
}
