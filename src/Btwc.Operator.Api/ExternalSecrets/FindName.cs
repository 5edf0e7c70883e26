using System.Text.Json.Serialization;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A filter on the names of remote secrets.</summary>
public sealed class FindName
{
    /// <summary>A regular expression the name must match.</summary>
    [JsonPropertyName("regexp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Regexp { get; set; }
}
