using System.Net;
using System.Reflection;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Btwc.Cli.Dev;

/// <summary>
/// Creates or replaces the objects of YAML manifests, like <c>kubectl apply</c> does for the kinds the dev
/// mode and the examples use: Namespace, Secret, ConfigMap and the External Secrets custom resources.
/// </summary>
public sealed class ManifestApplier
{
    private static readonly Dictionary<string, Type> CustomTypes = new(StringComparer.Ordinal)
    {
        [ExternalSecretsGroup.ApiVersion + "/" + ExternalSecret.KubeKind] = typeof(ExternalSecret),
        [ExternalSecretsGroup.ApiVersion + "/" + SecretStore.KubeKind] = typeof(SecretStore),
        [ExternalSecretsGroup.ApiVersion + "/" + ClusterSecretStore.KubeKind] = typeof(ClusterSecretStore),
        [GeneratorsGroup.ApiVersion + "/" + BeyondtrustWorkloadCredentialsDynamicSecret.KubeKind] = typeof(BeyondtrustWorkloadCredentialsDynamicSecret),
        [GeneratorsGroup.ApiVersion + "/" + ClusterGenerator.KubeKind] = typeof(ClusterGenerator),
    };

    private static readonly HashSet<Type> ClusterScoped = [typeof(ClusterSecretStore), typeof(ClusterGenerator)];

    private readonly IKubernetes _kubernetes;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="kubernetes">The API client.</param>
    public ManifestApplier(IKubernetes kubernetes)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        _kubernetes = kubernetes;
    }

    /// <summary>Applies every object of a multi-document YAML text.</summary>
    /// <param name="yaml">The manifests.</param>
    /// <param name="defaultNamespace">The namespace of namespaced objects that name none.</param>
    /// <param name="cancellationToken">Stops the calls.</param>
    /// <returns>A line per object, such as <c>externalsecret/app-aws-credentials created</c>.</returns>
    public async Task<IReadOnlyList<string>> ApplyAsync(string yaml, string defaultNamespace, CancellationToken cancellationToken)
    {
        var objects = KubernetesYaml.LoadAllFromString(yaml, CustomTypes);
        var results = new List<string>();
        foreach (var item in objects)
        {
            if (item is not IKubernetesObject<V1ObjectMeta> kubeObject)
            {
                throw new InvalidOperationException($"The manifest contains a {item?.GetType().Name ?? "null"} document that dev mode cannot apply; use kubectl for it.");
            }

            results.Add(await ApplyObjectAsync(kubeObject, defaultNamespace, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<string> ApplyObjectAsync(IKubernetesObject<V1ObjectMeta> item, string defaultNamespace, CancellationToken cancellationToken)
    {
        var kind = item.Kind.ToLowerInvariant();
        var name = item.Metadata.Name;
        if (item is V1Namespace namespaceObject)
        {
            var namespaceCreated = await CreateOrIgnoreAsync(() => _kubernetes.CoreV1.CreateNamespaceAsync(namespaceObject, cancellationToken: cancellationToken)).ConfigureAwait(false);

            return $"{kind}/{name} {(namespaceCreated ? "created" : "unchanged")}";
        }

        var clusterScoped = ClusterScoped.Contains(item.GetType());
        if (!clusterScoped && string.IsNullOrEmpty(item.Metadata.NamespaceProperty))
        {
            item.Metadata.NamespaceProperty = defaultNamespace;
        }

        if (item is V1Secret secret)
        {
            return $"{kind}/{name} {await ApplySecretAsync(secret, cancellationToken).ConfigureAwait(false)}";
        }

        var client = ClientFor(item);
        var apply = typeof(ManifestApplier).GetMethod(nameof(ApplyTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(item.GetType());
        var created = await ((Task<bool>)apply.Invoke(null, [client, item, clusterScoped, cancellationToken])!).ConfigureAwait(false);

        return $"{kind}/{name} {(created ? "created" : "configured")}";
    }

    /// <summary>Creates the object, or replaces it when it exists. Typed so the client serializes every field of <typeparamref name="T"/>.</summary>
    private static async Task<bool> ApplyTypedAsync<T>(GenericClient client, T item, bool clusterScoped, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        var name = item.Metadata.Name;
        var namespaceName = item.Metadata.NamespaceProperty;
        try
        {
            _ = clusterScoped
                ? await client.CreateAsync(item, cancellationToken).ConfigureAwait(false)
                : await client.CreateNamespacedAsync(item, namespaceName, cancellationToken).ConfigureAwait(false);

            return true;
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.Conflict)
        {
            var current = clusterScoped
                ? await client.ReadAsync<T>(name, cancellationToken).ConfigureAwait(false)
                : await client.ReadNamespacedAsync<T>(namespaceName, name, cancellationToken).ConfigureAwait(false);
            item.Metadata.ResourceVersion = current.Metadata.ResourceVersion;
            _ = clusterScoped
                ? await client.ReplaceAsync(item, name, cancellationToken).ConfigureAwait(false)
                : await client.ReplaceNamespacedAsync(item, namespaceName, name, cancellationToken).ConfigureAwait(false);

            return false;
        }
    }

    private async Task<string> ApplySecretAsync(V1Secret secret, CancellationToken cancellationToken)
    {
        var namespaceName = secret.Metadata.NamespaceProperty;
        try
        {
            await _kubernetes.CoreV1.CreateNamespacedSecretAsync(secret, namespaceName, cancellationToken: cancellationToken).ConfigureAwait(false);

            return "created";
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.Conflict)
        {
            var current = await _kubernetes.CoreV1.ReadNamespacedSecretAsync(secret.Metadata.Name, namespaceName, cancellationToken: cancellationToken).ConfigureAwait(false);
            secret.Metadata.ResourceVersion = current.Metadata.ResourceVersion;
            await _kubernetes.CoreV1.ReplaceNamespacedSecretAsync(secret, secret.Metadata.Name, namespaceName, cancellationToken: cancellationToken).ConfigureAwait(false);

            return "configured";
        }
    }

    private GenericClient ClientFor(IKubernetesObject<V1ObjectMeta> item)
    {
        var entity = item.GetType().GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new InvalidOperationException($"Dev mode cannot apply objects of kind {item.Kind}; use kubectl for them.");

        return new GenericClient(_kubernetes, entity.Group, entity.ApiVersion, entity.PluralName, disposeClient: false);
    }

    private static async Task<bool> CreateOrIgnoreAsync<T>(Func<Task<T>> create)
    {
        try
        {
            await create().ConfigureAwait(false);

            return true;
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }
}
