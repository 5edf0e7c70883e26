using System.Text.Json.Serialization;
using Btwc.Operator.Api.Generators;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A reference to a generator in the namespace of the ExternalSecret, or to a ClusterGenerator.</summary>
public sealed class GeneratorRef
{
    /// <summary>The <c>apiVersion</c> of the generator.</summary>
    [JsonPropertyName("apiVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(GeneratorsGroup.ApiVersion)]
    public string? ApiVersion { get; set; }

    /// <summary>The kind of the generator, such as <c>BeyondtrustWorkloadCredentialsDynamicSecret</c> or <c>ClusterGenerator</c>.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Enum(typeof(GeneratorKind))]
    public string? Kind { get; set; }

    /// <summary>The name of the generator.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.Dns1123Subdomain)]
    public string? Name { get; set; }
}
