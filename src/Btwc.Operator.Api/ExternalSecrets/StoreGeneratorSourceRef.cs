using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The source of one <c>dataFrom</c> entry: exactly one of a store or a generator.</summary>
[PropertyCount(1, 1)]
public sealed class StoreGeneratorSourceRef
{
    /// <summary>A store that replaces <c>spec.secretStoreRef</c> for the <c>extract</c> or <c>find</c> of this entry.</summary>
    [JsonPropertyName("storeRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SecretStoreRef? StoreRef { get; set; }

    /// <summary>A generator whose output fills the Secret. Each refresh calls it once.</summary>
    [JsonPropertyName("generatorRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GeneratorRef? GeneratorRef { get; set; }
}
