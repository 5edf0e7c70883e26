using System.Net;
using System.Text.Json;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Kubernetes.Internal;
using Btwc.Operator.Runtime;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Btwc.Operator.Kubernetes;

/// <summary>
/// The API calls the ExternalSecret reconciler makes: read and write ExternalSecrets, their status and
/// finalizers, and target Secrets. A thin layer over KubernetesClient that maps 404 to null and 409 to
/// <see cref="ConflictException"/>. With <see cref="ReadCaches"/> it reads from the informer caches where they
/// are known to hold this process's latest write, and from the API server otherwise.
/// </summary>
public sealed class ExternalSecretApi
{
    private readonly IKubernetes _kubernetes;
    private readonly ReadCaches? _caches;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="kubernetes">The API client.</param>
    /// <param name="caches">The informer caches to read from, or null to read every object from the API server.</param>
    public ExternalSecretApi(IKubernetes kubernetes, ReadCaches? caches = null)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        _kubernetes = kubernetes;
        _caches = caches;
    }

    /// <summary>Reads an ExternalSecret from the cache when it can serve the read, else from the API server; null when it does not exist.</summary>
    public Task<ExternalSecret?> GetExternalSecretAsync(string namespaceName, string name, CancellationToken cancellationToken)
    {
        var cached = _caches?.TryGetExternalSecret(new ObjectKey(namespaceName, name));

        return cached is not null ? Task.FromResult<ExternalSecret?>(cached) : ReadExternalSecretAsync(namespaceName, name, cancellationToken);
    }

    /// <summary>Reads an ExternalSecret from the API server, or returns null when it does not exist.</summary>
    public async Task<ExternalSecret?> ReadExternalSecretAsync(string namespaceName, string name, CancellationToken cancellationToken)
    {
        var path = $"apis/{ExternalSecretsGroup.Name}/{ExternalSecretsGroup.Version}/namespaces/{Uri.EscapeDataString(namespaceName)}/{ExternalSecret.KubePluralName}/{Uri.EscapeDataString(name)}";
        var externalSecret = await ReadOrNullAsync(path, () => _kubernetes.CustomObjects.GetNamespacedCustomObjectAsync<ExternalSecret>(
            ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, namespaceName, ExternalSecret.KubePluralName, name, cancellationToken), cancellationToken).ConfigureAwait(false);
        _caches?.ExternalSecretWrites.Forget(new ObjectKey(namespaceName, name));

        return externalSecret;
    }

    /// <summary>
    /// Confirms with the API server that <paramref name="externalSecret"/> (read from the cache) is still the current
    /// version. When it is not, the next read of it goes to the API server.
    /// </summary>
    /// <returns>True when the API server has the same uid and resourceVersion.</returns>
    public async Task<bool> IsCurrentAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalSecret);
        var metadata = externalSecret.Metadata;
        var live = await ReadExternalSecretAsync(metadata.NamespaceProperty, metadata.Name, cancellationToken).ConfigureAwait(false);
        var current = live is not null && live.Metadata.Uid == metadata.Uid && live.Metadata.ResourceVersion == metadata.ResourceVersion && live.Metadata.DeletionTimestamp is null;
        if (!current)
        {
            _caches?.ExternalSecretWrites.Wrote(new ObjectKey(metadata.NamespaceProperty, metadata.Name), WriteExpectations.Unknown);
        }

        return current;
    }

    /// <summary>Replaces the status of an ExternalSecret; the object's resourceVersion guards against lost updates.</summary>
    /// <exception cref="ConflictException">The object changed since it was read.</exception>
    public async Task<ExternalSecret> ReplaceStatusAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalSecret);
        var metadata = externalSecret.Metadata;

        return await TrackWrite(_caches?.ExternalSecretWrites, metadata, () => _kubernetes.CustomObjects.ReplaceNamespacedCustomObjectStatusAsync<ExternalSecret>(
            externalSecret, ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, metadata.NamespaceProperty, ExternalSecret.KubePluralName, metadata.Name,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Sets the finalizer list of an ExternalSecret with a JSON merge patch guarded by its resourceVersion.</summary>
    /// <exception cref="ConflictException">The object changed since it was read.</exception>
    /// <returns>The patched object, with its new resourceVersion.</returns>
    public async Task<ExternalSecret> SetFinalizersAsync(ExternalSecret externalSecret, IReadOnlyList<string> finalizers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalSecret);
        var metadata = externalSecret.Metadata;
        var patch = JsonSerializer.Serialize(new { metadata = new { finalizers, resourceVersion = metadata.ResourceVersion } });

        return await TrackWrite(_caches?.ExternalSecretWrites, metadata, () => _kubernetes.CustomObjects.PatchNamespacedCustomObjectAsync<ExternalSecret>(
            new V1Patch(patch, V1Patch.PatchType.MergePatch), ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, metadata.NamespaceProperty,
            ExternalSecret.KubePluralName, metadata.Name, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Reads a Secret from the cache when it can serve the read, else from the API server; null when it does not exist.</summary>
    public async Task<V1Secret?> GetSecretAsync(string namespaceName, string name, CancellationToken cancellationToken)
    {
        var key = new ObjectKey(namespaceName, name);
        if (_caches?.TryGetSecret(key) is { } cached)
        {
            return cached;
        }

        var path = $"api/v1/namespaces/{Uri.EscapeDataString(namespaceName)}/secrets/{Uri.EscapeDataString(name)}";
        var secret = await ReadOrNullAsync(path, () => _kubernetes.CoreV1.ReadNamespacedSecretAsync(name, namespaceName, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        _caches?.SecretWrites.Forget(key);

        return secret;
    }

    /// <summary>Creates a Secret.</summary>
    /// <exception cref="ConflictException">A Secret of that name already exists.</exception>
    public Task<V1Secret> CreateSecretAsync(V1Secret secret, string fieldManager, CancellationToken cancellationToken) =>
        TrackWrite(_caches?.SecretWrites, secret.Metadata, () => _kubernetes.CoreV1.CreateNamespacedSecretAsync(secret, secret.Metadata.NamespaceProperty, fieldManager: fieldManager, cancellationToken: cancellationToken));

    /// <summary>Replaces a Secret; its resourceVersion guards against lost updates.</summary>
    /// <exception cref="ConflictException">The Secret changed since it was read.</exception>
    public Task<V1Secret> ReplaceSecretAsync(V1Secret secret, string fieldManager, CancellationToken cancellationToken) =>
        TrackWrite(_caches?.SecretWrites, secret.Metadata, () => _kubernetes.CoreV1.ReplaceNamespacedSecretAsync(secret, secret.Metadata.Name, secret.Metadata.NamespaceProperty, fieldManager: fieldManager, cancellationToken: cancellationToken));

    /// <summary>Deletes a Secret if it still has the given uid; a Secret that is already gone is not an error.</summary>
    public async Task DeleteSecretAsync(string namespaceName, string name, string uid, CancellationToken cancellationToken)
    {
        var options = new V1DeleteOptions { Preconditions = new V1Preconditions { Uid = uid } };
        _caches?.SecretWrites.Wrote(new ObjectKey(namespaceName, name), WriteExpectations.Unknown);
        try
        {
            await _kubernetes.CoreV1.DeleteNamespacedSecretAsync(name, namespaceName, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone.
        }
    }

    /// <summary>Lists the names and uids of Secrets in a namespace that match a label selector.</summary>
    public async Task<IReadOnlyList<V1Secret>> ListSecretsAsync(string namespaceName, string labelSelector, CancellationToken cancellationToken)
    {
        var list = await _kubernetes.CoreV1.ListNamespacedSecretAsync(namespaceName, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false);

        return list.Items?.ToList() ?? [];
    }

    /// <summary>
    /// Reads an object with a plain GET so that a missing object costs no exception; any status other than 200 or
    /// 404 goes through <paramref name="fallback"/>, which raises KubernetesClient's usual exception.
    /// </summary>
    private async Task<T?> ReadOrNullAsync<T>(string relativePath, Func<Task<T>> fallback, CancellationToken cancellationToken)
        where T : class
    {
        if (_kubernetes is not k8s.Kubernetes client)
        {
            return await NullWhenNotFound(fallback).ConfigureAwait(false);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, client.BaseUri.AbsoluteUri.TrimEnd('/') + "/" + relativePath);
        request.Headers.Accept.ParseAdd("application/json");
        if (client.Credentials is { } credentials)
        {
            await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var response = await client.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return await NullWhenNotFound(fallback).ConfigureAwait(false);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return KubernetesJson.Deserialize<T>(stream);
        }
    }

    /// <summary>Runs a write, records the version it produced, and maps 409 to <see cref="ConflictException"/>.</summary>
    private static async Task<T> TrackWrite<T>(WriteExpectations? writes, V1ObjectMeta metadata, Func<Task<T>> call)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var key = new ObjectKey(metadata.NamespaceProperty, metadata.Name);
        try
        {
            var written = await ThrowConflict(call).ConfigureAwait(false);
            writes?.Wrote(key, written.Metadata?.ResourceVersion);

            return written;
        }
        catch (Exception exception) when (writes is not null && exception is ConflictException or HttpOperationException)
        {
            // The write failed, perhaps because the cached copy was stale, so the next read goes to the API server.
            writes.Wrote(key, WriteExpectations.Unknown);
            throw;
        }
    }

    private static async Task<T?> NullWhenNotFound<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static async Task<T> ThrowConflict<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.Conflict)
        {
            throw new ConflictException(exception.Response.Content ?? "conflict", exception);
        }
    }
}
