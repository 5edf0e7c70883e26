using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Informers;

/// <summary>The result of a list call: the objects and the collection's resource version to watch from.</summary>
/// <typeparam name="T">The object type.</typeparam>
/// <param name="Items">The listed objects.</param>
/// <param name="ResourceVersion">The list's <c>metadata.resourceVersion</c>.</param>
public sealed record ResourceList<T>(IReadOnlyList<T> Items, string ResourceVersion)
    where T : IKubernetesObject<V1ObjectMeta>;
