using System.Text.Json.Serialization;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>One <c>dataFrom</c> entry: a remote secret to extract, a search, or a generator, and how to rewrite the keys it yields.</summary>
public sealed class ExternalSecretDataFromRemoteRef
{
    /// <summary>A remote secret whose properties each become a Secret key.</summary>
    [JsonPropertyName("extract")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretDataRemoteRef? Extract { get; set; }

    /// <summary>A search for remote secrets, each of which becomes a Secret key.</summary>
    [JsonPropertyName("find")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretFind? Find { get; set; }

    /// <summary>Rewrites applied in order, first to last, to the keys this entry yields.</summary>
    [JsonPropertyName("rewrite")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<ExternalSecretRewrite>? Rewrite { get; set; }

    /// <summary>The source of this entry: a store for <c>extract</c> or <c>find</c>, or a generator that makes this entry a generator call. Exactly one of them.</summary>
    [JsonPropertyName("sourceRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StoreGeneratorSourceRef? SourceRef { get; set; }
}
