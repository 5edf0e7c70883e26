using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A ConfigMap or Secret in the namespace of the ExternalSecret, and the keys of it that hold templates.</summary>
public sealed class TemplateRef
{
    /// <summary>The name of the ConfigMap or Secret.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.Dns1123Subdomain)]
    public string? Name { get; set; }

    /// <summary>The keys that hold templates.</summary>
    [JsonPropertyName("items")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public IList<TemplateRefItem>? Items { get; set; }
}
