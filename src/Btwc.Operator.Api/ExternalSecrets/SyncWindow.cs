using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A recurring time window: a start schedule and a length.</summary>
public sealed class SyncWindow
{
    /// <summary>When the window opens: a five-field cron expression or a descriptor such as <c>@daily</c>.</summary>
    [JsonPropertyName("schedule")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    [Length(1)]
    [Pattern(SchemaPatterns.CronSchedule)]
    public string? Schedule { get; set; }

    /// <summary>How long the window stays open, as a Go duration such as <c>2h</c>.</summary>
    [JsonPropertyName("duration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public string? Duration { get; set; }
}
