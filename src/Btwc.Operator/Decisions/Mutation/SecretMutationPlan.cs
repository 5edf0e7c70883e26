using Btwc.Operator.Decisions.Backoff;

namespace Btwc.Operator.Decisions.Mutation;

/// <summary>The write the reconciler performs on the target Secret.</summary>
public enum SecretWriteAction
{
    /// <summary>No write: nothing changed, or the policy writes nothing.</summary>
    None,

    /// <summary>Create <see cref="SecretMutationPlan.Secret"/>.</summary>
    Create,

    /// <summary>Replace the existing Secret with <see cref="SecretMutationPlan.Secret"/>.</summary>
    Update,

    /// <summary>Delete the existing Secret.</summary>
    Delete,
}

/// <summary>The desired target Secret.</summary>
/// <param name="Namespace">The namespace (the ExternalSecret's).</param>
/// <param name="Name">The Secret name.</param>
/// <param name="Labels">All labels.</param>
/// <param name="Annotations">All annotations.</param>
/// <param name="Data">All data keys.</param>
/// <param name="OwnerReferences">All ownerReferences.</param>
/// <param name="Immutable">The <c>immutable</c> field.</param>
public sealed record DesiredSecret(
    string Namespace,
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    IReadOnlyDictionary<string, byte[]> Data,
    IReadOnlyList<OwnerReferenceInfo> OwnerReferences,
    bool Immutable);

/// <summary>A sync failure as ESO reports it: Ready=False with reason <c>SecretSyncedError</c>, and a Warning <c>UpdateFailed</c> event.</summary>
/// <param name="ConditionMessage">The Ready condition message (an ESO wire value).</param>
/// <param name="EventMessage">The Warning event message: the full error text, without secret values.</param>
/// <param name="FailureClass">
/// How to retry. ESO does not requeue these failures at all. The operator re-checks them at the refresh cadence
/// (<see cref="FailureClass.Configuration"/>) in case the conflict was resolved without an event.
/// </param>
public sealed record SecretMutationFailure(string ConditionMessage, string EventMessage, FailureClass FailureClass);

/// <summary>The outcome of <see cref="SecretMutationPlanner.Plan"/>.</summary>
public sealed record SecretMutationPlan
{
    /// <summary>The write to perform. It is performed even when <see cref="Failure"/> is set (ESO writes the new metadata of an immutable Secret, then fails).</summary>
    public required SecretWriteAction Action { get; init; }

    /// <summary>The desired Secret for <see cref="SecretWriteAction.Create"/> and <see cref="SecretWriteAction.Update"/>.</summary>
    public DesiredSecret? Secret { get; init; }

    /// <summary>The failure to report after the write, if any. Status timestamps are not updated then.</summary>
    public SecretMutationFailure? Failure { get; init; }

    /// <summary>The Normal event reason after a successful write (<c>Created</c>, <c>Updated</c>, <c>Deleted</c>), or null for no event.</summary>
    public string? EventReason { get; init; }

    /// <summary>The Normal event message matching <see cref="EventReason"/>.</summary>
    public string? EventMessage { get; init; }

    /// <summary>The Ready=True reason on success. Null on failure.</summary>
    public string? ReadyReason { get; init; }

    /// <summary>The Ready=True message on success. Null on failure.</summary>
    public string? ReadyMessage { get; init; }

    /// <summary>The name for <c>status.binding.name</c>, or null to leave it unchanged.</summary>
    public string? BindingName { get; init; }

    /// <summary>Provider keys that were not written because their value was empty (for example an empty <c>sessionToken</c>).</summary>
    public IReadOnlyList<string> DroppedEmptyKeys { get; init; } = [];

    /// <summary>Names (never values) of data keys that are added, changed or removed by this write.</summary>
    public IReadOnlyList<string> ChangedDataKeys { get; init; } = [];

    /// <summary>
    /// Operator extension: whether creationPolicy Owner takes over an existing Secret that this ExternalSecret did
    /// not control. ESO adopts silently. The reconciler emits a Warning <see cref="Conditions.EventReasons.Adopted"/>
    /// event naming <see cref="RemovedDataKeys"/>.
    /// </summary>
    public bool AdoptedExistingSecret { get; init; }

    /// <summary>Names of data keys the existing Secret had and the write removes.</summary>
    public IReadOnlyList<string> RemovedDataKeys { get; init; } = [];

    /// <summary>
    /// For creationPolicy Owner: the label selector of Secrets this ExternalSecret created. The reconciler deletes
    /// every match other than the target (left behind by a <c>spec.target.name</c> change) before writing.
    /// </summary>
    public string? OrphanSelector { get; init; }

    /// <summary>Whether the sync succeeded, so the status gets a new refreshTime and syncedResourceVersion.</summary>
    public bool Succeeded => Failure is null;
}
