using Btwc.Operator.Api.Generators;

namespace Btwc.Operator.Generators;

/// <summary>
/// Finds generator objects by name. Implementations read an informer cache first and the API server when the
/// cache does not have the object yet.
/// </summary>
public interface IGeneratorLookup
{
    /// <summary>Gets a namespaced BeyondTrust generator, or null when it does not exist.</summary>
    /// <param name="namespaceName">The namespace of the referencing ExternalSecret.</param>
    /// <param name="name">The generator name.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    ValueTask<BeyondtrustWorkloadCredentialsDynamicSecret?> FindDynamicSecretAsync(string namespaceName, string name, CancellationToken cancellationToken);

    /// <summary>Gets a ClusterGenerator, or null when it does not exist.</summary>
    /// <param name="name">The ClusterGenerator name.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    ValueTask<ClusterGenerator?> FindClusterGeneratorAsync(string name, CancellationToken cancellationToken);
}
