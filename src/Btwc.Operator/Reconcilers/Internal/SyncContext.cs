using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Generators;

namespace Btwc.Operator.Reconcilers.Internal;

/// <summary>The facts of one sync of one ExternalSecret, read once at its start.</summary>
internal sealed record SyncContext(
    ExternalSecret ExternalSecret,
    TimeSpan RefreshInterval,
    DateTimeOffset Now)
{
    public string Namespace => ExternalSecret.Metadata.NamespaceProperty;

    public string Name => ExternalSecret.Metadata.Name;

    public string Uid => ExternalSecret.Metadata.Uid;

    public string TargetName => string.IsNullOrEmpty(ExternalSecret.Spec.Target?.Name) ? Name : ExternalSecret.Spec.Target!.Name!;

    public Decisions.RefreshPolicy RefreshPolicy => PolicyNames.ParseRefreshPolicy(ExternalSecret.Spec.RefreshPolicy);

    public Decisions.CreationPolicy CreationPolicy => PolicyNames.ParseCreationPolicy(ExternalSecret.Spec.Target?.CreationPolicy);

    public Decisions.DeletionPolicy DeletionPolicy => PolicyNames.ParseDeletionPolicy(ExternalSecret.Spec.Target?.DeletionPolicy);

    public bool TargetImmutable => ExternalSecret.Spec.Target?.Immutable == true;

    public string FieldManager => EsoHash.FieldManager(Name);

    public string? RefreshAtPercent =>
        ExternalSecret.Metadata.Annotations?.TryGetValue(Decisions.Scheduling.RefreshSchedule.RefreshAtPercentAnnotation, out var value) == true ? value : null;

    /// <summary>The fingerprints of the resolved generators, set once they are resolved; a generator edit changes it.</summary>
    public string GeneratorFingerprints { get; set; } = string.Empty;

    public string MetaVersion => EsoHash.SyncedResourceVersion(
        ExternalSecret.Metadata.Generation ?? 0,
        ExternalSecret.Metadata.Labels,
        ExternalSecret.Metadata.Annotations);
}

/// <summary>One <c>dataFrom</c> entry that references a generator, resolved.</summary>
internal sealed record GeneratorEntry(int Index, ResolvedGenerator Generator)
{
    public string FieldPath => $"spec.dataFrom[{Index}].sourceRef.generatorRef";
}
