using System.Collections.Concurrent;
using System.Reflection;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Events.Internal;

/// <summary>Builds the <c>involvedObject</c> reference of an Event.</summary>
internal static class ObjectReferences
{
    private static readonly ConcurrentDictionary<Type, KubernetesEntityAttribute?> Entities = new();

    /// <summary>
    /// Creates the reference to <paramref name="obj"/>. Objects taken from a list response carry no apiVersion
    /// or kind, so those fall back to the type's <see cref="KubernetesEntityAttribute"/>.
    /// </summary>
    public static V1ObjectReference For(IKubernetesObject<V1ObjectMeta> obj)
    {
        var entity = Entities.GetOrAdd(obj.GetType(), type => type.GetCustomAttribute<KubernetesEntityAttribute>());
        var apiVersion = obj.ApiVersion;
        if (string.IsNullOrEmpty(apiVersion) && entity is not null)
        {
            apiVersion = string.IsNullOrEmpty(entity.Group) ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
        }

        return new V1ObjectReference
        {
            ApiVersion = apiVersion,
            Kind = string.IsNullOrEmpty(obj.Kind) ? entity?.Kind ?? obj.GetType().Name : obj.Kind,
            Name = obj.Metadata?.Name,
            NamespaceProperty = string.IsNullOrEmpty(obj.Metadata?.NamespaceProperty) ? null : obj.Metadata.NamespaceProperty,
            Uid = obj.Metadata?.Uid,
            ResourceVersion = obj.Metadata?.ResourceVersion,
        };
    }
}
