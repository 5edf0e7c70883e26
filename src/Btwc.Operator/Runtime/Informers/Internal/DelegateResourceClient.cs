using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Informers.Internal;

/// <summary>An <see cref="IResourceClient{T}"/> built from the typed KubernetesClient calls of one kind.</summary>
internal sealed class DelegateResourceClient<T>(
    string kind,
    Func<string?, string?, CancellationToken, Task<ResourceList<T>>> list,
    Func<string?, string?, string, int, Action<Exception>, CancellationToken, IAsyncEnumerable<(WatchEventType, T)>> watch)
    : IResourceClient<T>
    where T : IKubernetesObject<V1ObjectMeta>
{
    public string Kind => kind;

    public Task<ResourceList<T>> ListAsync(string? namespaceName, string? labelSelector, CancellationToken cancellationToken) =>
        list(namespaceName, labelSelector, cancellationToken);

    public IAsyncEnumerable<(WatchEventType Type, T Object)> WatchAsync(
        string? namespaceName,
        string? labelSelector,
        string resourceVersion,
        TimeSpan timeout,
        Action<Exception> onError,
        CancellationToken cancellationToken) =>
        watch(namespaceName, labelSelector, resourceVersion, (int)Math.Ceiling(timeout.TotalSeconds), onError, cancellationToken);

    public static ResourceList<T> ToResourceList<TList>(TList list)
        where TList : IKubernetesObject<V1ListMeta>, IItems<T> =>
        new(list.Items?.ToList() ?? [], list.Metadata?.ResourceVersion ?? "");
}
