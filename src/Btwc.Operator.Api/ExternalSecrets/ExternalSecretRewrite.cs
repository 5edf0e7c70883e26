using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>One rewrite of the keys of a <c>dataFrom</c> entry: exactly one of <c>merge</c>, <c>regexp</c> or <c>transform</c>.</summary>
[PropertyCount(1, 1)]
public sealed class ExternalSecretRewrite
{
    /// <summary>Merges the values, parsed as JSON objects, into one key or into the top level.</summary>
    [JsonPropertyName("merge")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretRewriteMerge? Merge { get; set; }

    /// <summary>Replaces every match of a regular expression in each key.</summary>
    [JsonPropertyName("regexp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretRewriteRegexp? Regexp { get; set; }

    /// <summary>Renders a template per key. The output becomes the new key.</summary>
    [JsonPropertyName("transform")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretRewriteTransform? Transform { get; set; }
}
