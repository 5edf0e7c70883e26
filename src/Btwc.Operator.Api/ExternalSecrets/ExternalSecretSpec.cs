using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The desired state of an ExternalSecret.</summary>
public sealed class ExternalSecretSpec
{
    /// <summary>The store that <c>data</c> and the <c>extract</c> and <c>find</c> entries of <c>dataFrom</c> read from, unless an entry names its own <c>sourceRef</c>.</summary>
    [JsonPropertyName("secretStoreRef")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SecretStoreRef? SecretStoreRef { get; set; }

    /// <summary>The Kubernetes Secret to write and how to own it.</summary>
    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [DefaultJson("""{"creationPolicy":"Owner","deletionPolicy":"Retain"}""")]
    public ExternalSecretTarget? Target { get; set; }

    /// <summary>When the values are read again: <c>CreatedOnce</c>, <c>Periodic</c> (the behaviour when empty) or <c>OnChange</c>.</summary>
    [JsonPropertyName("refreshPolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Enum(typeof(RefreshPolicy))]
    public string? RefreshPolicy { get; set; }

    /// <summary>
    /// The time between two reads of the values, as a Go duration such as <c>45m</c> or <c>1h0m0s</c>
    /// (units ns, us, ms, s, m, h). Zero reads the values once and never again.
    /// </summary>
    [JsonPropertyName("refreshInterval")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default("1h0m0s")]
    public string? RefreshInterval { get; set; }

    /// <summary>Time windows that allow or deny periodic refreshes.</summary>
    [JsonPropertyName("syncWindows")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SyncWindows? SyncWindows { get; set; }

    /// <summary>Single values, each read from a remote secret and written under one Secret key.</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<ExternalSecretData>? Data { get; set; }

    /// <summary>Entries that each produce many keys. The keys of later entries overwrite those of earlier ones.</summary>
    [JsonPropertyName("dataFrom")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<ExternalSecretDataFromRemoteRef>? DataFrom { get; set; }
}
