using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A key of a Kubernetes Secret.</summary>
public sealed class SecretKeySelector
{
    /// <summary>The name of the Secret.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.Dns1123Subdomain)]
    public string? Name { get; set; }

    /// <summary>The key in the Secret.</summary>
    [JsonPropertyName("key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.SecretKey)]
    public string? Key { get; set; }

    /// <summary>The namespace of the Secret. Only a cluster-scoped resource may name one.</summary>
    [JsonPropertyName("namespace")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 63)]
    [Pattern(SchemaPatterns.Dns1123Label)]
    public string? Namespace { get; set; }
}
