using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A blueprint for the target Secret, rendered with the template engine.</summary>
public sealed class ExternalSecretTemplate
{
    /// <summary>The Secret type, such as <c>kubernetes.io/tls</c>. When empty the existing type is kept.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    /// <summary>The template engine version. Only <c>v2</c> exists.</summary>
    [JsonPropertyName("engineVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(TemplateEngineVersion.V2)]
    [Enum(typeof(TemplateEngineVersion))]
    public string? EngineVersion { get; set; }

    /// <summary>Labels, annotations and finalizers for the Secret. Label and annotation values are templates too.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretTemplateMetadata? Metadata { get; set; }

    /// <summary>Whether the fetched values are kept next to the templated ones (<c>Merge</c>) or replaced by them (<c>Replace</c>).</summary>
    [JsonPropertyName("mergePolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(TemplateMergePolicy.Replace)]
    [Enum(typeof(TemplateMergePolicy))]
    public string? MergePolicy { get; set; }

    /// <summary>Templates by Secret key: each value is rendered to produce the value of its key.</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string>? Data { get; set; }

    /// <summary>Templates read from ConfigMaps, Secrets or literals.</summary>
    [JsonPropertyName("templateFrom")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<TemplateFrom>? TemplateFrom { get; set; }
}
