using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s.Models;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>A rule for the namespaces allowed to use a ClusterSecretStore. A namespace that matches any field of any rule is allowed.</summary>
public sealed class ClusterSecretStoreCondition
{
    /// <summary>A label selector on namespaces.</summary>
    [JsonPropertyName("namespaceSelector")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [MapType("atomic")]
    public V1LabelSelector? NamespaceSelector { get; set; }

    /// <summary>Namespace names.</summary>
    [JsonPropertyName("namespaces")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Length(1, 63)]
    [Pattern(SchemaPatterns.Dns1123Label)]
    public IList<string>? Namespaces { get; set; }

    /// <summary>Regular expressions that namespace names are matched against.</summary>
    [JsonPropertyName("namespaceRegexes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? NamespaceRegexes { get; set; }
}
