namespace Btwc.Operator.Decisions;

/// <summary>
/// Label, annotation, finalizer and field-manager names that ESO writes into the cluster. The values are
/// wire strings: tools and alerts match on them, so they must stay byte-for-byte identical to ESO's.
/// </summary>
public static class EsoMetadata
{
    /// <summary>Label that marks a Secret as managed by an ExternalSecret.</summary>
    public const string ManagedLabel = "reconcile.external-secrets.io/managed";

    /// <summary>Value of <see cref="ManagedLabel"/> on a managed Secret.</summary>
    public const string ManagedLabelValue = "true";

    /// <summary>Label holding the hash of <c>"&lt;namespace&gt;/&lt;name&gt;"</c> of the owning ExternalSecret (creationPolicy Owner only).</summary>
    public const string CreatedByLabel = "reconcile.external-secrets.io/created-by";

    /// <summary>Annotation holding the hash of the Secret's <c>.data</c> as last written by the operator.</summary>
    public const string DataHashAnnotation = "reconcile.external-secrets.io/data-hash";

    /// <summary>Annotation whose change forces a sync (any value change alters the metadata hash).</summary>
    public const string ForceSyncAnnotation = "external-secrets.io/force-sync";

    /// <summary>Finalizer added to every ExternalSecret.</summary>
    public const string ExternalSecretFinalizer = "externalsecrets.external-secrets.io/externalsecret-cleanup";

    /// <summary>Prefix of the field manager name used for writes on behalf of one ExternalSecret.</summary>
    public const string FieldManagerPrefix = "externalsecrets.external-secrets.io/";

    /// <summary>API group of ExternalSecret.</summary>
    public const string ExternalSecretGroup = "external-secrets.io";

    /// <summary>apiVersion written into controller ownerReferences.</summary>
    public const string ExternalSecretApiVersion = "external-secrets.io/v1";

    /// <summary>Kind of the ExternalSecret resource.</summary>
    public const string ExternalSecretKind = "ExternalSecret";

    /// <summary>
    /// Annotation written by <c>kubectl apply</c>. The operator never copies it from the ExternalSecret to the
    /// Secret, unlike ESO, because it contains the whole ExternalSecret manifest and means nothing on a Secret.
    /// </summary>
    public const string LastAppliedConfigurationAnnotation = "kubectl.kubernetes.io/last-applied-configuration";
}
