using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A key of a ConfigMap or Secret that contains a template.</summary>
public sealed class TemplateRefItem
{
    /// <summary>The key that contains the template.</summary>
    [JsonPropertyName("key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.SecretKey)]
    public string? Key { get; set; }

    /// <summary>Whether the template renders values only (<c>Values</c>) or keys and values (<c>KeysAndValues</c>).</summary>
    [JsonPropertyName("templateAs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(TemplateScope.Values)]
    [Enum(typeof(TemplateScope))]
    public string? TemplateAs { get; set; }
}
