using System.Text.Json.Serialization;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Metadata copied onto the target Secret.</summary>
public sealed class ExternalSecretTemplateMetadata
{
    /// <summary>Annotations for the Secret. Each value is a template.</summary>
    [JsonPropertyName("annotations")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string>? Annotations { get; set; }

    /// <summary>Labels for the Secret. Each value is a template.</summary>
    [JsonPropertyName("labels")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Finalizers for the Secret.</summary>
    [JsonPropertyName("finalizers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? Finalizers { get; set; }
}
