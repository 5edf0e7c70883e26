using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A Secret or ConfigMap key that contains PEM certificates.</summary>
public sealed class CAProvider
{
    /// <summary>The kind of object that contains the certificates: <c>Secret</c> or <c>ConfigMap</c>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Enum(typeof(CAProviderType))]
    public string? Type { get; set; }

    /// <summary>The name of the Secret or ConfigMap.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.Dns1123Subdomain)]
    public string? Name { get; set; }

    /// <summary>The key that contains the certificates.</summary>
    [JsonPropertyName("key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.SecretKey)]
    public string? Key { get; set; }

    /// <summary>The namespace of the Secret or ConfigMap. Only a cluster-scoped resource may name one.</summary>
    [JsonPropertyName("namespace")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 63)]
    [Pattern(SchemaPatterns.Dns1123Label)]
    public string? Namespace { get; set; }
}

/// <summary>Values of <c>caProvider.type</c>.</summary>
public static class CAProviderType
{
    /// <summary>The certificates are in a Secret.</summary>
    public const string Secret = "Secret";

    /// <summary>The certificates are in a ConfigMap.</summary>
    public const string ConfigMap = "ConfigMap";
}
