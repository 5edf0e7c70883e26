namespace Btwc.Operator.Decisions.Mutation;

/// <summary>One entry of a Secret's <c>metadata.ownerReferences</c>.</summary>
/// <param name="ApiVersion">The owner's apiVersion, for example <c>external-secrets.io/v1</c>.</param>
/// <param name="Kind">The owner's kind.</param>
/// <param name="Name">The owner's name.</param>
/// <param name="Uid">The owner's uid.</param>
/// <param name="Controller">Whether this owner is the managing controller.</param>
/// <param name="BlockOwnerDeletion">Whether foreground deletion of the owner waits for this object.</param>
public sealed record OwnerReferenceInfo(
    string ApiVersion,
    string Kind,
    string Name,
    string Uid,
    bool? Controller = null,
    bool? BlockOwnerDeletion = null)
{
    /// <summary>The API group of the owner: the part of <see cref="ApiVersion"/> before the slash, or empty for the core group.</summary>
    public string Group => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[..ApiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;

    /// <summary>Whether the owner is an ExternalSecret of any version.</summary>
    public bool IsExternalSecret => Group == EsoMetadata.ExternalSecretGroup && Kind == EsoMetadata.ExternalSecretKind;

    /// <summary>Whether this reference points at the same object as <paramref name="other"/> (same group, kind and name, as Kubernetes' controller utilities compare them).</summary>
    public bool RefersToSameObject(OwnerReferenceInfo other)
    {
        ArgumentNullException.ThrowIfNull(other);

        return Group == other.Group && Kind == other.Kind && Name == other.Name;
    }
}
