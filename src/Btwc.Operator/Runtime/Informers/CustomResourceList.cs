using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Informers;

/// <summary>The list type of a custom resource kind, as the API server returns it for a list request.</summary>
/// <typeparam name="T">The custom resource type.</typeparam>
public sealed class CustomResourceList<T> : IKubernetesObject<V1ListMeta>, IItems<T>
    where T : IKubernetesObject<V1ObjectMeta>
{
    /// <inheritdoc />
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "";

    /// <inheritdoc />
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    /// <inheritdoc />
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    /// <inheritdoc />
    [JsonPropertyName("items")]
    public IList<T> Items { get; set; } = [];
}
