using k8s;
using k8s.Models;

namespace Btwc.Operator.Runtime.Events;

/// <summary>Records Kubernetes Events about objects.</summary>
public interface IEventRecorder
{
    /// <summary>
    /// Records an Event about <paramref name="involvedObject"/>. Recording is best effort: an API failure is logged
    /// and returns false. Only invalid arguments and cancellation of <paramref name="cancellationToken"/> throw.
    /// </summary>
    /// <param name="involvedObject">The object the event is about.</param>
    /// <param name="type"><see cref="EventTypes.Normal"/> or <see cref="EventTypes.Warning"/>.</param>
    /// <param name="reason">A short UpperCamelCase reason, such as <c>Updated</c> or <c>UpdateFailed</c>.</param>
    /// <param name="message">
    /// A sentence for users. It is stored in the cluster as written, so it must never contain a secret value,
    /// token or credential; pass names, paths, lease ids and times only.
    /// </param>
    /// <param name="cancellationToken">Cancels the API call.</param>
    /// <returns>True when an Event was created or its count raised; false when rate-limited or the API call failed.</returns>
    Task<bool> RecordAsync(IKubernetesObject<V1ObjectMeta> involvedObject, string type, string reason, string message, CancellationToken cancellationToken);
}
