using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The location of a remote secret in the provider, and how its value is converted.</summary>
public sealed class ExternalSecretDataRemoteRef
{
    /// <summary>The key of the remote secret in the provider.</summary>
    [JsonPropertyName("key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? Key { get; set; }

    /// <summary>A property of the remote value to select, when the value is a map.</summary>
    [JsonPropertyName("property")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Property { get; set; }

    /// <summary>A version of the remote value, for providers that keep versions.</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; set; }

    /// <summary>Whether the metadata of the remote secret is read instead of its value: <c>None</c> or <c>Fetch</c>.</summary>
    [JsonPropertyName("metadataPolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Enum(typeof(MetadataPolicy))]
    public string? MetadataPolicy { get; set; }

    /// <summary>How keys are converted into valid Secret keys: <c>Default</c> or <c>Unicode</c>.</summary>
    [JsonPropertyName("conversionStrategy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Enum(typeof(ConversionStrategy))]
    public string? ConversionStrategy { get; set; }

    /// <summary>How values are decoded after they are read: <c>Auto</c>, <c>Base64</c>, <c>Base64URL</c> or <c>None</c>.</summary>
    [JsonPropertyName("decodingStrategy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Enum(typeof(DecodingStrategy))]
    public string? DecodingStrategy { get; set; }

    /// <summary>Whether a value containing a NUL byte is kept (<c>Ignore</c>) or rejected (<c>Fail</c>).</summary>
    [JsonPropertyName("nullBytePolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Enum(typeof(NullBytePolicy))]
    public string? NullBytePolicy { get; set; }
}
