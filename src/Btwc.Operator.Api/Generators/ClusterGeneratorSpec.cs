using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.Generators;

/// <summary>The desired state of a ClusterGenerator.</summary>
public sealed class ClusterGeneratorSpec
{
    /// <summary>The kind of the wrapped generator. Its spec is the matching field of <c>generator</c>.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Enum(typeof(GeneratorKind), Exclude = [GeneratorKind.ClusterGenerator])]
    public string? Kind { get; set; }

    /// <summary>The spec of the wrapped generator: exactly one field, named after its kind.</summary>
    [JsonPropertyName("generator")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public GeneratorSpec? Generator { get; set; }
}
