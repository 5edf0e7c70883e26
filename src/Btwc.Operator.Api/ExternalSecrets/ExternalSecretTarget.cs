using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>The Kubernetes Secret an ExternalSecret writes, and the rules for creating and deleting it.</summary>
public sealed class ExternalSecretTarget
{
    /// <summary>The name of the Secret. Defaults to the name of the ExternalSecret.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 253)]
    [Pattern(SchemaPatterns.Dns1123Subdomain)]
    public string? Name { get; set; }

    /// <summary>How the Secret is created and owned: <c>Owner</c>, <c>Orphan</c>, <c>Merge</c>, <c>None</c> or <c>CreateOrMerge</c>.</summary>
    [JsonPropertyName("creationPolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(ExternalSecrets.CreationPolicy.Owner)]
    [Enum(typeof(CreationPolicy))]
    public string? CreationPolicy { get; set; }

    /// <summary>What happens to the Secret when the provider reports the remote secret gone: <c>Delete</c>, <c>Merge</c> or <c>Retain</c>.</summary>
    [JsonPropertyName("deletionPolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Default(ExternalSecrets.DeletionPolicy.Retain)]
    [Enum(typeof(DeletionPolicy))]
    public string? DeletionPolicy { get; set; }

    /// <summary>A blueprint for the Secret: type, metadata and templated data.</summary>
    [JsonPropertyName("template")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExternalSecretTemplate? Template { get; set; }

    /// <summary>A resource other than a Secret to write (a generic target). Accepted by the schema but not written by this operator.</summary>
    [JsonPropertyName("manifest")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ManifestReference? Manifest { get; set; }

    /// <summary>Whether the Secret is created immutable. Its data is then never updated.</summary>
    [JsonPropertyName("immutable")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Immutable { get; set; }
}
