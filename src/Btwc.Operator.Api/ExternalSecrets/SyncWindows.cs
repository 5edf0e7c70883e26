using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Time windows that allow or deny periodic refreshes.</summary>
public sealed class SyncWindows
{
    /// <summary>Whether periodic refreshes run only inside the windows (<c>allow</c>) or never inside them (<c>deny</c>).</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Enum(typeof(SyncWindowKind))]
    public string? Kind { get; set; }

    /// <summary>The windows.</summary>
    [JsonPropertyName("windows")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [MinItems(1)]
    public IList<SyncWindow>? Windows { get; set; }
}
