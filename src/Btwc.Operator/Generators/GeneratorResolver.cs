using System.Text.Json;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;

namespace Btwc.Operator.Generators;

/// <summary>
/// Resolves a <c>dataFrom[].sourceRef.generatorRef</c> to the BeyondTrust generator spec it names, directly or
/// through a <c>ClusterGenerator</c>. Names resolve in the ExternalSecret's namespace, as in ESO.
/// </summary>
public sealed class GeneratorResolver
{
    private readonly IGeneratorLookup _lookup;

    /// <summary>Initializes a new instance that finds generator objects through <paramref name="lookup"/>.</summary>
    /// <param name="lookup">Finds generator objects.</param>
    public GeneratorResolver(IGeneratorLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        _lookup = lookup;
    }

    /// <summary>Resolves one generator reference.</summary>
    /// <param name="externalSecretNamespace">The namespace of the referencing ExternalSecret.</param>
    /// <param name="reference">The generator reference.</param>
    /// <param name="fieldPath">The reference's field path, such as <c>spec.dataFrom[0].sourceRef.generatorRef</c>, for messages.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    /// <returns>The resolved generator.</returns>
    /// <exception cref="GeneratorException">The reference is invalid, names an unsupported kind, or the object does not exist.</exception>
    public async ValueTask<ResolvedGenerator> ResolveAsync(
        string externalSecretNamespace,
        GeneratorRef reference,
        string fieldPath,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        CheckApiVersion(reference.ApiVersion, fieldPath);
        var name = reference.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw Invalid($"{fieldPath}.name is empty. Set it to the name of the generator object.");
        }

        switch (reference.Kind)
        {
            case GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret:
                var generator = await _lookup.FindDynamicSecretAsync(externalSecretNamespace, name, cancellationToken).ConfigureAwait(false)
                    ?? throw Missing($"{GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret} \"{name}\" was not found in namespace \"{externalSecretNamespace}\" ({fieldPath}). Create it in the ExternalSecret's namespace, or fix the name.");
                return new ResolvedGenerator(reference.Kind, name, externalSecretNamespace, generator.Spec, Fingerprint(generator.Spec));

            case GeneratorKind.ClusterGenerator:
                var cluster = await _lookup.FindClusterGeneratorAsync(name, cancellationToken).ConfigureAwait(false)
                    ?? throw Missing($"ClusterGenerator \"{name}\" was not found ({fieldPath}). Create it, or fix the name.");
                return FromClusterGenerator(cluster, name);

            default:
                throw new GeneratorException(
                    FailureClass.Configuration,
                    ConditionReasons.Unsupported,
                    $"{fieldPath}.kind \"{reference.Kind}\" is not supported yet by btwc-operator, which runs only {GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret} generators, directly or through a ClusterGenerator.");
        }
    }

    private static ResolvedGenerator FromClusterGenerator(ClusterGenerator cluster, string name)
    {
        var kind = cluster.Spec?.Kind;
        if (kind != GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret)
        {
            throw new GeneratorException(
                FailureClass.Configuration,
                ConditionReasons.Unsupported,
                $"ClusterGenerator \"{name}\" has spec.kind \"{kind}\", which is not supported yet by btwc-operator; only {GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret} is.");
        }

        var spec = cluster.Spec?.Generator?.BeyondtrustWorkloadCredentialsDynamicSecretSpec
            ?? throw Invalid($"ClusterGenerator \"{name}\" has spec.kind {kind} but no spec.generator.beyondtrustWorkloadCredentialsDynamicSecretSpec. Add that block.");

        return new ResolvedGenerator(GeneratorKind.ClusterGenerator, name, null, spec, Fingerprint(spec));
    }

    private static void CheckApiVersion(string? apiVersion, string fieldPath)
    {
        if (string.IsNullOrEmpty(apiVersion) || apiVersion == GeneratorsGroup.ApiVersion)
        {
            return;
        }

        throw Invalid($"{fieldPath}.apiVersion \"{apiVersion}\" is not supported. Use \"{GeneratorsGroup.ApiVersion}\" or leave it out.");
    }

    private static string Fingerprint(BeyondtrustWorkloadCredentialsDynamicSecretSpec spec) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(spec)));

    private static GeneratorException Invalid(string message) =>
        new(FailureClass.Configuration, ConditionReasons.InvalidGenerator, message);

    private static GeneratorException Missing(string message) =>
        new(FailureClass.Configuration, ConditionReasons.InvalidGenerator, message);
}
