using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Decisions.Hashing;

namespace Btwc.Operator.Decisions.Mutation;

/// <summary>
/// Plans the write to the target Secret for a sync, following ESO's creation and deletion policies, its
/// mutation of data, labels, annotations and ownership, and its failure messages.
/// </summary>
/// <remarks>
/// <para>Deliberate differences from ESO:</para>
/// <list type="bullet">
/// <item>Provider keys with an empty value (such as a <c>sessionToken</c> the API did not fill) are never
/// written, because an empty value from the API must not overwrite or create an empty credential field. A result
/// whose every value is empty is a failure (<c>could not get secret data from provider</c>) that leaves the Secret
/// unchanged.</item>
/// <item>The <c>kubectl.kubernetes.io/last-applied-configuration</c> annotation of the ExternalSecret is not
/// copied to the Secret, because it contains the whole ExternalSecret manifest and describes nothing on the Secret.</item>
/// <item>When an immutable Secret gets only new metadata, its data-hash annotation describes the data it
/// actually keeps, so the next reconcile does not see drift and retry forever.</item>
/// </list>
/// Templates are not modelled: the reconciler reports <c>spec.target.template</c> as not supported yet.
/// </remarks>
public static partial class SecretMutationPlanner
{
    /// <summary>Plans the write for one sync.</summary>
    /// <exception cref="ArgumentException">
    /// <see cref="SecretMutationInput.ProviderData"/> is null although the plan needs new data (only creationPolicy
    /// None, Merge without a target, and an existing immutable target can be synced without it).
    /// </exception>
    public static SecretMutationPlan Plan(SecretMutationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var (providerData, dropped) = DropEmptyValues(input.ProviderData);
        if (input.ProviderData is { Count: > 0 } && providerData is { Count: 0 })
        {
            return OnlyEmptyValues(input, dropped);
        }

        if (providerData is { Count: 0 } && input.Target.DeletionPolicy != DeletionPolicy.Merge)
        {
            return PlanEmptyData(input) with { DroppedEmptyKeys = dropped };
        }

        var plan = input.Target.CreationPolicy switch
        {
            CreationPolicy.None => Done(ConditionReasons.SecretSynced, ConditionMessages.SecretSynced),
            CreationPolicy.Merge when input.Existing is null => Done(ConditionReasons.SecretMissing, ConditionMessages.SecretMissing),
            _ => PlanWrite(input, providerData),
        };

        return plan with { DroppedEmptyKeys = dropped };
    }

    private static SecretMutationPlan PlanEmptyData(SecretMutationInput input)
    {
        if (input.Target.DeletionPolicy == DeletionPolicy.Retain)
        {
            return Done(ConditionReasons.SecretSynced, ConditionMessages.SecretRetained);
        }

        if (input.Target.CreationPolicy != CreationPolicy.Owner)
        {
            var error = $"unable to delete secret {input.TargetName}: creationPolicy={input.Target.CreationPolicy} is not Owner";

            return Failed(ConditionMessages.DeleteSecretFailed, error, bindingName: null);
        }

        var plan = Done(ConditionReasons.SecretDeleted, ConditionMessages.SecretDeleted);
        if (input.Existing is null)
        {
            return plan;
        }

        return plan with
        {
            Action = SecretWriteAction.Delete,
            EventReason = EventReasons.Deleted,
            EventMessage = EventMessages.SecretDeleted,
        };
    }

    /// <summary>
    /// Rejects a result whose every value is empty. ESO would write the empty values, and treating the result as
    /// "no data" would let deletionPolicy delete or keep the Secret while reporting success.
    /// </summary>
    private static SecretMutationPlan OnlyEmptyValues(SecretMutationInput input, IReadOnlyList<string> keys)
    {
        var error = $"the provider returned only empty values (keys: {string.Join(", ", keys)}), so Secret {input.TargetName}"
            + " was left unchanged. Check the secret definition in BeyondTrust.";

        return Failed(ConditionMessages.GetSecretDataFailed, error, bindingName: null, FailureClass.Transient) with { DroppedEmptyKeys = keys };
    }

    private static SecretMutationPlan Done(string reason, string message) =>
        new() { Action = SecretWriteAction.None, ReadyReason = reason, ReadyMessage = message };

    private static SecretMutationPlan Failed(
        string conditionMessage,
        string eventMessage,
        string? bindingName,
        FailureClass failureClass = FailureClass.Configuration) =>
        new()
        {
            Action = SecretWriteAction.None,
            Failure = new SecretMutationFailure(conditionMessage, eventMessage, failureClass),
            BindingName = bindingName,
        };

    private static (IReadOnlyList<KeyValuePair<string, byte[]>>? Data, IReadOnlyList<string> Dropped) DropEmptyValues(
        IReadOnlyList<KeyValuePair<string, byte[]>>? providerData)
    {
        if (providerData is null)
        {
            return (null, []);
        }

        var kept = providerData.Where(entry => entry.Value is { Length: > 0 }).ToList();
        var dropped = providerData.Where(entry => entry.Value is not { Length: > 0 }).Select(entry => entry.Key).ToList();

        return (kept, dropped);
    }

    private static string OrphanSelector(SecretMutationInput input) =>
        EsoMetadata.CreatedByLabel + "=" + EsoHash.CreatedByLabelValue(input.ExternalSecret.Namespace, input.ExternalSecret.Name);
}
