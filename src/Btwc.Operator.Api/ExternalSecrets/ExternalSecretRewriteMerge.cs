using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A rewrite that merges JSON values.</summary>
public sealed class ExternalSecretRewriteMerge
{
    /// <summary>The key that receives the merged object. Empty merges into the top level.</summary>
    [JsonPropertyName("into")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default("")]
    public string? Into { get; set; }

    /// <summary>Keys whose values win conflicts, highest priority last.</summary>
    [JsonPropertyName("priority")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? Priority { get; set; }

    /// <summary>Whether a key in <c>priority</c> that does not exist is an error (<c>Strict</c>) or skipped (<c>IgnoreNotFound</c>).</summary>
    [JsonPropertyName("priorityPolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(MergePriorityPolicy.Strict)]
    [Enum(typeof(MergePriorityPolicy))]
    public string? PriorityPolicy { get; set; }

    /// <summary>Whether a conflicting key is an error (<c>Error</c>) or left to the later value (<c>Ignore</c>).</summary>
    [JsonPropertyName("conflictPolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(MergeConflictPolicy.Error)]
    [Enum(typeof(MergeConflictPolicy))]
    public string? ConflictPolicy { get; set; }

    /// <summary>Whether the merged object is spread into keys (<c>Extract</c>) or written as one JSON value (<c>JSON</c>).</summary>
    [JsonPropertyName("strategy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(MergeStrategy.Extract)]
    [Enum(typeof(MergeStrategy))]
    public string? Strategy { get; set; }
}
