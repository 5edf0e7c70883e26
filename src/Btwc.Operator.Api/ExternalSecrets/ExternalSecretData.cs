using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>One Secret key and the remote value that fills it.</summary>
public sealed class ExternalSecretData
{
    /// <summary>The key written in the Secret.</summary>
    [JsonPropertyName("secretKey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.SecretKey)]
    public string? SecretKey { get; set; }

    /// <summary>Where the value is read in the provider.</summary>
    [JsonPropertyName("remoteRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public ExternalSecretDataRemoteRef? RemoteRef { get; set; }

    /// <summary>The source of this entry when it is not <c>spec.secretStoreRef</c>: exactly one of a store or a generator.</summary>
    [JsonPropertyName("sourceRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StoreSourceRef? SourceRef { get; set; }
}
