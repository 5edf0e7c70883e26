using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Informers;

/// <summary>
/// The list and watch calls of one Kubernetes kind, so <see cref="Informer{T}"/> works the same for core kinds
/// and custom resources. <see cref="KubernetesResources"/> creates the implementations.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
public interface IResourceClient<T>
    where T : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The kind's name for logs and error messages, for example <c>Secret</c>.</summary>
    string Kind { get; }

    /// <summary>Lists the objects of the kind.</summary>
    /// <param name="namespaceName">The namespace to list, or null for all namespaces or a cluster-scoped kind.</param>
    /// <param name="labelSelector">A label selector such as <c>app=x</c>, or null for every object.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<ResourceList<T>> ListAsync(string? namespaceName, string? labelSelector, CancellationToken cancellationToken);

    /// <summary>
    /// Watches the kind from <paramref name="resourceVersion"/> with bookmarks allowed. The sequence ends when
    /// the server closes the watch. An ERROR event, such as 410 Gone, goes to <paramref name="onError"/> as a
    /// <see cref="KubernetesException"/> and is not yielded; this is how KubernetesClient 21 reports it.
    /// </summary>
    /// <param name="namespaceName">The namespace to watch, or null for all namespaces or a cluster-scoped kind.</param>
    /// <param name="labelSelector">A label selector, or null for every object.</param>
    /// <param name="resourceVersion">The resource version to watch from, usually the list's or the last event's.</param>
    /// <param name="timeout">How long the server keeps the watch open before it closes it.</param>
    /// <param name="onError">Receives errors that do not end the sequence.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    IAsyncEnumerable<(WatchEventType Type, T Object)> WatchAsync(
        string? namespaceName,
        string? labelSelector,
        string resourceVersion,
        TimeSpan timeout,
        Action<Exception> onError,
        CancellationToken cancellationToken);
}
