using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Retry settings for provider calls.</summary>
public sealed class SecretStoreRetrySettings
{
    /// <summary>The maximum number of retries.</summary>
    [JsonPropertyName("maxRetries")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Format("int32")]
    public int? MaxRetries { get; set; }

    /// <summary>The time between retries, as a Go duration such as <c>10s</c>.</summary>
    [JsonPropertyName("retryInterval")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RetryInterval { get; set; }
}
