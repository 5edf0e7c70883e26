using System.Net;
using System.Text.Json;
using Btwc.Operator.Api.ExternalSecrets;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Btwc.Operator.Kubernetes;

/// <summary>
/// The API calls the ExternalSecret reconciler makes: read and write ExternalSecrets, their status and
/// finalizers, and target Secrets. A thin layer over KubernetesClient that maps 404 to null and 409 to
/// <see cref="ConflictException"/>.
/// </summary>
public sealed class ExternalSecretApi
{
    private readonly IKubernetes _kubernetes;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="kubernetes">The API client.</param>
    public ExternalSecretApi(IKubernetes kubernetes)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        _kubernetes = kubernetes;
    }

    /// <summary>Reads an ExternalSecret, or returns null when it does not exist.</summary>
    public Task<ExternalSecret?> GetExternalSecretAsync(string namespaceName, string name, CancellationToken cancellationToken) =>
        NullWhenNotFound(() => _kubernetes.CustomObjects.GetNamespacedCustomObjectAsync<ExternalSecret>(
            ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, namespaceName, ExternalSecret.KubePluralName, name, cancellationToken));

    /// <summary>Replaces the status of an ExternalSecret; the object's resourceVersion guards against lost updates.</summary>
    /// <exception cref="ConflictException">The object changed since it was read.</exception>
    public async Task<ExternalSecret> ReplaceStatusAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalSecret);
        var metadata = externalSecret.Metadata;

        return await ThrowConflict(() => _kubernetes.CustomObjects.ReplaceNamespacedCustomObjectStatusAsync<ExternalSecret>(
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

        return await ThrowConflict(() => _kubernetes.CustomObjects.PatchNamespacedCustomObjectAsync<ExternalSecret>(
            new V1Patch(patch, V1Patch.PatchType.MergePatch), ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, metadata.NamespaceProperty,
            ExternalSecret.KubePluralName, metadata.Name, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Reads a Secret, or returns null when it does not exist.</summary>
    public Task<V1Secret?> GetSecretAsync(string namespaceName, string name, CancellationToken cancellationToken) =>
        NullWhenNotFound(() => _kubernetes.CoreV1.ReadNamespacedSecretAsync(name, namespaceName, cancellationToken: cancellationToken));

    /// <summary>Creates a Secret.</summary>
    /// <exception cref="ConflictException">A Secret of that name already exists.</exception>
    public Task<V1Secret> CreateSecretAsync(V1Secret secret, string fieldManager, CancellationToken cancellationToken) =>
        ThrowConflict(() => _kubernetes.CoreV1.CreateNamespacedSecretAsync(secret, secret.Metadata.NamespaceProperty, fieldManager: fieldManager, cancellationToken: cancellationToken));

    /// <summary>Replaces a Secret; its resourceVersion guards against lost updates.</summary>
    /// <exception cref="ConflictException">The Secret changed since it was read.</exception>
    public Task<V1Secret> ReplaceSecretAsync(V1Secret secret, string fieldManager, CancellationToken cancellationToken) =>
        ThrowConflict(() => _kubernetes.CoreV1.ReplaceNamespacedSecretAsync(secret, secret.Metadata.Name, secret.Metadata.NamespaceProperty, fieldManager: fieldManager, cancellationToken: cancellationToken));

    /// <summary>Deletes a Secret if it still has the given uid; a Secret that is already gone is not an error.</summary>
    public async Task DeleteSecretAsync(string namespaceName, string name, string uid, CancellationToken cancellationToken)
    {
        var options = new V1DeleteOptions { Preconditions = new V1Preconditions { Uid = uid } };
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
