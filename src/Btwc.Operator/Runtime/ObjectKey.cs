using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime;

/// <summary>
/// The queue key of a Kubernetes object: its namespace (null for cluster-scoped kinds) and name.
/// </summary>
/// <param name="Namespace">The object's namespace, or null for a cluster-scoped object.</param>
/// <param name="Name">The object's name.</param>
public readonly record struct ObjectKey(string? Namespace, string Name)
{
    /// <summary>Creates the key of <paramref name="obj"/> from its metadata.</summary>
    /// <exception cref="ArgumentException">The object has no metadata name.</exception>
    public static ObjectKey From(IKubernetesObject<V1ObjectMeta> obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var name = obj.Metadata?.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"The {obj.Kind ?? "object"} has no metadata.name, so it has no queue key; set metadata.name.", nameof(obj));
        }

        return new ObjectKey(string.IsNullOrEmpty(obj.Metadata!.NamespaceProperty) ? null : obj.Metadata.NamespaceProperty, name);
    }

    /// <summary>Formats the key as Kubernetes does: <c>namespace/name</c>, or <c>name</c> when cluster-scoped.</summary>
    public override string ToString() => Namespace is null ? Name : $"{Namespace}/{Name}";
}
