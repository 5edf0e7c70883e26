using System.Reflection;
using Btwc.Operator.Runtime.Informers.Internal;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Informers;

/// <summary>Creates the <see cref="IResourceClient{T}"/> of a kind from a KubernetesClient.</summary>
public static class KubernetesResources
{
    /// <summary>Creates the client of core v1 Secrets.</summary>
    public static IResourceClient<V1Secret> Secrets(IKubernetes client)
    {
        ArgumentNullException.ThrowIfNull(client);

        return new DelegateResourceClient<V1Secret>(
            V1Secret.KubeKind,
            async (ns, selector, ct) => DelegateResourceClient<V1Secret>.ToResourceList(ns is null
                ? await client.CoreV1.ListSecretForAllNamespacesAsync(labelSelector: selector, cancellationToken: ct).ConfigureAwait(false)
                : await client.CoreV1.ListNamespacedSecretAsync(ns, labelSelector: selector, cancellationToken: ct).ConfigureAwait(false)),
            (ns, selector, version, timeout, onError, ct) => ns is null
                ? client.CoreV1.WatchListSecretForAllNamespacesAsync(allowWatchBookmarks: true, labelSelector: selector, resourceVersion: version, timeoutSeconds: timeout, onError: onError, cancellationToken: ct)
                : client.CoreV1.WatchListNamespacedSecretAsync(ns, allowWatchBookmarks: true, labelSelector: selector, resourceVersion: version, timeoutSeconds: timeout, onError: onError, cancellationToken: ct));
    }

    /// <summary>Creates the client of core v1 ConfigMaps.</summary>
    public static IResourceClient<V1ConfigMap> ConfigMaps(IKubernetes client)
    {
        ArgumentNullException.ThrowIfNull(client);

        return new DelegateResourceClient<V1ConfigMap>(
            V1ConfigMap.KubeKind,
            async (ns, selector, ct) => DelegateResourceClient<V1ConfigMap>.ToResourceList(ns is null
                ? await client.CoreV1.ListConfigMapForAllNamespacesAsync(labelSelector: selector, cancellationToken: ct).ConfigureAwait(false)
                : await client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: selector, cancellationToken: ct).ConfigureAwait(false)),
            (ns, selector, version, timeout, onError, ct) => ns is null
                ? client.CoreV1.WatchListConfigMapForAllNamespacesAsync(allowWatchBookmarks: true, labelSelector: selector, resourceVersion: version, timeoutSeconds: timeout, onError: onError, cancellationToken: ct)
                : client.CoreV1.WatchListNamespacedConfigMapAsync(ns, allowWatchBookmarks: true, labelSelector: selector, resourceVersion: version, timeoutSeconds: timeout, onError: onError, cancellationToken: ct));
    }

    /// <summary>
    /// Creates the client of a custom resource kind addressed by the <see cref="KubernetesEntityAttribute"/> on
    /// <typeparamref name="T"/> (its <c>Group</c>, <c>ApiVersion</c>, <c>Kind</c> and <c>PluralName</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> has no attribute or the attribute lacks a value.</exception>
    public static IResourceClient<T> Custom<T>(IKubernetes client)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var entity = typeof(T).GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new ArgumentException($"Type '{typeof(T).FullName}' has no [KubernetesEntity] attribute; add one or pass group, version and plural.", nameof(T));
        if (string.IsNullOrEmpty(entity.Group) || string.IsNullOrEmpty(entity.ApiVersion) || string.IsNullOrEmpty(entity.PluralName))
        {
            throw new ArgumentException(
                $"The [KubernetesEntity] attribute of '{typeof(T).FullName}' has group '{entity.Group}', version '{entity.ApiVersion}' and plural '{entity.PluralName}'; all three must be set for a custom resource.",
                nameof(T));
        }

        return Custom<T>(client, entity.Group, entity.ApiVersion, entity.PluralName, entity.Kind ?? typeof(T).Name);
    }

    /// <summary>Creates the client of a custom resource kind addressed by group, version and plural.</summary>
    /// <param name="client">The Kubernetes client.</param>
    /// <param name="group">The API group, for example <c>external-secrets.io</c>.</param>
    /// <param name="version">The version, for example <c>v1</c>.</param>
    /// <param name="plural">The plural resource name, for example <c>externalsecrets</c>.</param>
    /// <param name="kind">The kind's name for logs; null uses the type name.</param>
    public static IResourceClient<T> Custom<T>(IKubernetes client, string group, string version, string plural, string? kind = null)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(group);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentException.ThrowIfNullOrEmpty(plural);

        return new CustomResourceClient<T>(client, kind ?? typeof(T).Name, group, version, plural);
    }
}
