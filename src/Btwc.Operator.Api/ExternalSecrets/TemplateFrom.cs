using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A source of templates: keys of a ConfigMap or Secret, or a literal template.</summary>
public sealed class TemplateFrom
{
    /// <summary>A ConfigMap whose keys hold templates.</summary>
    [JsonPropertyName("configMap")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TemplateRef? ConfigMap { get; set; }

    /// <summary>A Secret whose keys hold templates.</summary>
    [JsonPropertyName("secret")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TemplateRef? Secret { get; set; }

    /// <summary>A template given inline.</summary>
    [JsonPropertyName("literal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Literal { get; set; }

    /// <summary>The part of the Secret the rendered output goes to, such as <c>Data</c>, <c>Labels</c> or <c>Annotations</c>.</summary>
    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(TemplateTarget.Data)]
    public string? Target { get; set; }

    /// <summary>How the fetched values are decoded before rendering: <c>Auto</c>, <c>Base64</c>, <c>Base64URL</c> or <c>None</c>.</summary>
    [JsonPropertyName("valuesDecodingStrategy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Enum(typeof(DecodingStrategy))]
    public string? ValuesDecodingStrategy { get; set; }
}
