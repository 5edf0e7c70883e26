using System.Collections;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Internal;

/// <summary>
/// The logging scope of one object: kind, namespace, name, uid and resource version as structured fields.
/// </summary>
internal sealed class ObjectLogScope(string kind, string? namespaceName, string name, string? uid, string? resourceVersion)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    public static ObjectLogScope For(string kind, IKubernetesObject<V1ObjectMeta> obj) =>
        new(kind, obj.Metadata?.NamespaceProperty, obj.Metadata?.Name ?? "", obj.Metadata?.Uid, obj.Metadata?.ResourceVersion);

    public int Count => 5;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Kind", kind),
        1 => new("Namespace", namespaceName),
        2 => new("Name", name),
        3 => new("Uid", uid),
        4 => new("ResourceVersion", resourceVersion),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => namespaceName is null ? $"{kind} {name}" : $"{kind} {namespaceName}/{name}";
}
