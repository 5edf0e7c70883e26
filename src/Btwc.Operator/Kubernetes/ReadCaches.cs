using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Kubernetes.Internal;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Informers;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Kubernetes;

/// <summary>
/// The informer caches that <see cref="ExternalSecretApi"/> reads ExternalSecrets and managed Secrets from,
/// instead of asking the API server on every sync. Reads stay consistent with this process's own writes: after
/// it writes an object, reads of that object go to the API server until the informer has delivered the write.
/// A Secret missing from the cache is read from the API server too, because the cache holds only Secrets that
/// carry the managed label.
/// </summary>
public sealed class ReadCaches
{

    private readonly Informer<ExternalSecret> _externalSecrets;
    private readonly Informer<V1Secret> _managedSecrets;

    /// <summary>Initializes a new instance and registers the handlers that follow the informers' deliveries.</summary>
    /// <param name="externalSecrets">The ExternalSecret informer.</param>
    /// <param name="managedSecrets">The informer of Secrets labelled as managed.</param>
    public ReadCaches(Informer<ExternalSecret> externalSecrets, Informer<V1Secret> managedSecrets)
    {
        ArgumentNullException.ThrowIfNull(externalSecrets);
        ArgumentNullException.ThrowIfNull(managedSecrets);
        _externalSecrets = externalSecrets;
        _managedSecrets = managedSecrets;
        ExternalSecretWrites = new WriteExpectations(key => CachedVersion(externalSecrets, key));
        SecretWrites = new WriteExpectations(key => CachedVersion(managedSecrets, key));
        externalSecrets.AddHandler(change => ExternalSecretWrites.Observed(ObjectKey.From(change.Object), change.Object.Metadata?.ResourceVersion));
        managedSecrets.AddHandler(change => SecretWrites.Observed(ObjectKey.From(change.Object), change.Object.Metadata?.ResourceVersion));
    }

    /// <summary>Gets the number of writes the informers have not delivered yet.</summary>
    public int PendingWrites => ExternalSecretWrites.Count + SecretWrites.Count;

    internal WriteExpectations ExternalSecretWrites { get; }

    internal WriteExpectations SecretWrites { get; }

    /// <summary>Returns a private copy of the cached ExternalSecret, or null when the cache cannot serve the read.</summary>
    internal ExternalSecret? TryGetExternalSecret(ObjectKey key) => TryGet(_externalSecrets, ExternalSecretWrites, key);

    /// <summary>Returns a private copy of the cached Secret, or null when the cache cannot serve the read.</summary>
    internal V1Secret? TryGetSecret(ObjectKey key) => TryGet(_managedSecrets, SecretWrites, key);

    private static string? CachedVersion<T>(Informer<T> informer, ObjectKey key)
        where T : class, IKubernetesObject<V1ObjectMeta> =>
        informer.TryGet(key.Namespace, key.Name, out var cached) ? cached?.Metadata?.ResourceVersion : null;

    private static T? TryGet<T>(Informer<T> informer, WriteExpectations writes, ObjectKey key)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        if (!informer.HasSynced || writes.IsPending(key) || !informer.TryGet(key.Namespace, key.Name, out var cached) || cached is null)
        {
            return null;
        }

        // The reconciler changes the objects it reads; the cached one is shared with the informer.
        return KubernetesJson.Deserialize<T>(KubernetesJson.Serialize(cached));
    }
}
