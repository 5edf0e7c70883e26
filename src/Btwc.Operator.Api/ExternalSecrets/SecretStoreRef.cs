using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A reference to a SecretStore in the same namespace or to a ClusterSecretStore.</summary>
public sealed class SecretStoreRef
{
    /// <summary>The name of the store.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.Dns1123Subdomain)]
    public string? Name { get; set; }

    /// <summary>The kind of the store: <c>SecretStore</c> (the behaviour when empty) or <c>ClusterSecretStore</c>.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Enum(typeof(SecretStoreKind))]
    public string? Kind { get; set; }
}
