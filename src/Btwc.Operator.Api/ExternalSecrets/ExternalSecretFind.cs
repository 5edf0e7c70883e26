using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A search for remote secrets by folder, name or tags.</summary>
public sealed class ExternalSecretFind
{
    /// <summary>The folder to search in.</summary>
    [JsonPropertyName("path")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; set; }

    /// <summary>A filter on the names of remote secrets.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FindName? Name { get; set; }

    /// <summary>Tags a remote secret must carry, all of them with these values.</summary>
    [JsonPropertyName("tags")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string>? Tags { get; set; }

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
