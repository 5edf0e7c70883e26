using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The source of one <c>data</c> entry: exactly one of a store or a generator.</summary>
[PropertyCount(1, 1)]
public sealed class StoreSourceRef
{
    /// <summary>A store that replaces <c>spec.secretStoreRef</c> for this entry.</summary>
    [JsonPropertyName("storeRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SecretStoreRef? StoreRef { get; set; }

    /// <summary>A generator. Deprecated in <c>data</c> entries and not acted on there. Use <c>dataFrom</c> for generators.</summary>
    [JsonPropertyName("generatorRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GeneratorRef? GeneratorRef { get; set; }
}
