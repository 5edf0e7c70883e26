using Btwc.Operator.Api.Generators;

namespace Btwc.Operator.Generators;

/// <summary>
/// A generator that a <c>generatorRef</c> points at, resolved to the spec the operator runs.
/// </summary>
/// <param name="Kind">The referenced kind: the generator kind itself or <c>ClusterGenerator</c>.</param>
/// <param name="Name">The referenced object's name.</param>
/// <param name="Namespace">The namespace of a namespaced generator; null for a <c>ClusterGenerator</c>.</param>
/// <param name="Spec">The generator spec to run.</param>
/// <param name="Fingerprint">A stable text that changes whenever the spec changes, used to notice generator edits.</param>
public sealed record ResolvedGenerator(
    string Kind,
    string Name,
    string? Namespace,
    BeyondtrustWorkloadCredentialsDynamicSecretSpec Spec,
    string Fingerprint)
{
    /// <summary>Gets whether the generator is cluster scoped, so its credential references may name a namespace.</summary>
    public bool IsClusterScoped => Namespace is null;

    /// <summary>Gets the reference as users write it, for messages: <c>Kind/name</c>.</summary>
    public string DisplayName => Kind + "/" + Name;
}
