using System.Runtime.CompilerServices;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Informers.Internal;

/// <summary>
/// An <see cref="IResourceClient{T}"/> for a custom resource kind through the CustomObjects API, which
/// addresses the kind by group, version and plural.
/// </summary>
internal sealed class CustomResourceClient<T>(IKubernetes client, string kind, string group, string version, string plural)
    : IResourceClient<T>
    where T : IKubernetesObject<V1ObjectMeta>
{
    public string Kind => kind;

    public async Task<ResourceList<T>> ListAsync(string? namespaceName, string? labelSelector, CancellationToken cancellationToken)
    {
        var list = namespaceName is null
            ? await client.CustomObjects.ListClusterCustomObjectAsync<CustomResourceList<T>>(
                group, version, plural, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await client.CustomObjects.ListNamespacedCustomObjectAsync<CustomResourceList<T>>(
                group, version, namespaceName, plural, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false);

        return DelegateResourceClient<T>.ToResourceList(list);
    }

    public async IAsyncEnumerable<(WatchEventType Type, T Object)> WatchAsync(
        string? namespaceName,
        string? labelSelector,
        string resourceVersion,
        TimeSpan timeout,
        Action<Exception> onError,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var timeoutSeconds = (int)Math.Ceiling(timeout.TotalSeconds);
        var events = namespaceName is null
            ? client.CustomObjects.WatchListClusterCustomObjectAsync(
                group, version, plural, allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion,
                timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken)
            : client.CustomObjects.WatchListNamespacedCustomObjectAsync(
                group, version, namespaceName, plural, allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion,
                timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken);

        await foreach (var (type, raw) in events.ConfigureAwait(false))
        {
            // The CustomObjects watch yields each object as an untyped JSON element.
            if (raw is JsonElement element)
            {
                var typed = KubernetesJson.Deserialize<T>(element.GetRawText());
                yield return (type, typed);
            }
            else
            {
                onError(new InvalidOperationException($"The {kind} watch returned a {raw?.GetType().Name ?? "null"} object instead of JSON; the event was skipped."));
            }
        }
    }
}
