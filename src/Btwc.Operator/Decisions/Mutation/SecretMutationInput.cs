namespace Btwc.Operator.Decisions.Mutation;

/// <summary>The identity and metadata of the ExternalSecret that writes the target.</summary>
public sealed record ExternalSecretIdentity
{
    /// <summary><c>metadata.namespace</c>. The target lives in the same namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary><c>metadata.name</c>.</summary>
    public required string Name { get; init; }

    /// <summary><c>metadata.uid</c>, used in the controller ownerReference.</summary>
    public required string Uid { get; init; }

    /// <summary><c>metadata.labels</c>, copied onto the target when there is no template.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>metadata.annotations</c>, copied onto the target when there is no template.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();
}

/// <summary>The ExternalSecret's <c>spec.target</c>.</summary>
public sealed record TargetSpec
{
    /// <summary><c>spec.target.name</c>. Null or empty means the ExternalSecret's name.</summary>
    public string? Name { get; init; }

    /// <summary><c>spec.target.creationPolicy</c>.</summary>
    public CreationPolicy CreationPolicy { get; init; } = CreationPolicy.Owner;

    /// <summary><c>spec.target.deletionPolicy</c>.</summary>
    public DeletionPolicy DeletionPolicy { get; init; } = DeletionPolicy.Retain;

    /// <summary><c>spec.target.immutable</c>.</summary>
    public bool Immutable { get; init; }
}

/// <summary>The target Secret as it exists in the cluster.</summary>
public sealed record ExistingSecret
{
    /// <summary><c>metadata.labels</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>metadata.annotations</c>.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    /// <summary><c>data</c>.</summary>
    public IReadOnlyDictionary<string, byte[]> Data { get; init; } = new Dictionary<string, byte[]>();

    /// <summary><c>metadata.ownerReferences</c>.</summary>
    public IReadOnlyList<OwnerReferenceInfo> OwnerReferences { get; init; } = [];

    /// <summary><c>immutable</c>.</summary>
    public bool Immutable { get; init; }

    /// <summary>Data keys that <c>managedFields</c> records for this ExternalSecret's field manager, which are removed before the provider keys are added.</summary>
    public IReadOnlyCollection<string> ManagedDataKeys { get; init; } = [];

    /// <summary>Labels that <c>managedFields</c> records for this ExternalSecret's field manager.</summary>
    public IReadOnlyCollection<string> ManagedLabelKeys { get; init; } = [];

    /// <summary>Annotations that <c>managedFields</c> records for this ExternalSecret's field manager.</summary>
    public IReadOnlyCollection<string> ManagedAnnotationKeys { get; init; } = [];
}

/// <summary>Everything <see cref="SecretMutationPlanner.Plan"/> reads.</summary>
public sealed record SecretMutationInput
{
    /// <summary>The ExternalSecret.</summary>
    public required ExternalSecretIdentity ExternalSecret { get; init; }

    /// <summary>The sync to record on the target when new provider data is written, or null to record none.</summary>
    public Refresh.TargetSyncRecord? SyncRecord { get; init; }

    /// <summary>The ExternalSecret's <c>spec.target</c>.</summary>
    public TargetSpec Target { get; init; } = new();

    /// <summary>The target Secret, or null when it does not exist.</summary>
    public ExistingSecret? Existing { get; init; }

    /// <summary>
    /// The provider data in response order, or null when the generator was not called
    /// (<see cref="Refresh.RefreshAction.SyncWithoutGeneration"/>). Keys with empty values are never written.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>>? ProviderData { get; init; }

    /// <summary>The target Secret's name: <c>spec.target.name</c> or the ExternalSecret's name.</summary>
    public string TargetName => string.IsNullOrEmpty(Target.Name) ? ExternalSecret.Name : Target.Name;
}
