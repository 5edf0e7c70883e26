using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The observed state of a SecretStore or ClusterSecretStore.</summary>
public sealed class SecretStoreStatus
{
    /// <summary>The conditions of the store. <c>Ready</c> reports whether the provider is reachable with the given settings.</summary>
    [JsonPropertyName("conditions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<SecretStoreStatusCondition>? Conditions { get; set; }

    /// <summary>What the store can do: <c>ReadOnly</c>, <c>WriteOnly</c> or <c>ReadWrite</c>.</summary>
    [JsonPropertyName("capabilities")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Capabilities { get; set; }
}

/// <summary>Values of <c>status.capabilities</c> of a store.</summary>
public static class SecretStoreCapabilities
{
    /// <summary>The store can read secrets only. BeyondTrust Workload Credentials stores are read-only.</summary>
    public const string ReadOnly = "ReadOnly";

    /// <summary>The store can write secrets only.</summary>
    public const string WriteOnly = "WriteOnly";

    /// <summary>The store can read and write secrets.</summary>
    public const string ReadWrite = "ReadWrite";
}
