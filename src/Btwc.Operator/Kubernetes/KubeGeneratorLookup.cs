using System.Net;
using Btwc.Operator.Api.Generators;
using Btwc.Operator.Generators;
using Btwc.Operator.Runtime.Informers;
using k8s;
using k8s.Autorest;

namespace Btwc.Operator.Kubernetes;

/// <summary>
/// Finds generators in the informer caches, and reads from the API server when a cache does not have the object
/// yet (for example an ExternalSecret and its generator applied in one <c>kubectl apply</c>).
/// </summary>
public sealed class KubeGeneratorLookup : IGeneratorLookup
{
    private readonly IKubernetes _kubernetes;
    private readonly Informer<BeyondtrustWorkloadCredentialsDynamicSecret>? _dynamicSecrets;
    private readonly Informer<ClusterGenerator>? _clusterGenerators;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="kubernetes">The API client for cache misses.</param>
    /// <param name="dynamicSecrets">The generator informer, or null to always ask the API server.</param>
    /// <param name="clusterGenerators">The ClusterGenerator informer, or null to always ask the API server.</param>
    public KubeGeneratorLookup(
        IKubernetes kubernetes,
        Informer<BeyondtrustWorkloadCredentialsDynamicSecret>? dynamicSecrets,
        Informer<ClusterGenerator>? clusterGenerators)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        _kubernetes = kubernetes;
        _dynamicSecrets = dynamicSecrets;
        _clusterGenerators = clusterGenerators;
    }

    /// <inheritdoc />
    public async ValueTask<BeyondtrustWorkloadCredentialsDynamicSecret?> FindDynamicSecretAsync(string namespaceName, string name, CancellationToken cancellationToken)
    {
        if (_dynamicSecrets is not null && _dynamicSecrets.TryGet(namespaceName, name, out var cached) && cached is not null)
        {
            return cached;
        }

        try
        {
            return await _kubernetes.CustomObjects.GetNamespacedCustomObjectAsync<BeyondtrustWorkloadCredentialsDynamicSecret>(
                GeneratorsGroup.Name,
                GeneratorsGroup.Version,
                namespaceName,
                BeyondtrustWorkloadCredentialsDynamicSecret.KubePluralName,
                name,
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask<ClusterGenerator?> FindClusterGeneratorAsync(string name, CancellationToken cancellationToken)
    {
        if (_clusterGenerators is not null && _clusterGenerators.TryGet(null, name, out var cached) && cached is not null)
        {
            return cached;
        }

        try
        {
            return await _kubernetes.CustomObjects.GetClusterCustomObjectAsync<ClusterGenerator>(
                GeneratorsGroup.Name,
                GeneratorsGroup.Version,
                ClusterGenerator.KubePluralName,
                name,
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
