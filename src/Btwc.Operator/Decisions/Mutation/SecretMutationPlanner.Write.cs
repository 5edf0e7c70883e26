using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Mutation.Internal;

namespace Btwc.Operator.Decisions.Mutation;

public static partial class SecretMutationPlanner
{
    private static SecretMutationPlan PlanWrite(SecretMutationInput input, IReadOnlyList<KeyValuePair<string, byte[]>>? providerData)
    {
        var existing = input.Existing;
        var ownershipError = CheckOwnership(input);
        if (ownershipError is not null)
        {
            return ownershipError;
        }

        var rendersData = existing is null || !input.Target.Immutable;
        var keepsExistingData = existing is not null && (existing.Immutable || input.Target.Immutable);
        if (providerData is null && !keepsExistingData)
        {
            throw new ArgumentException(
                $"Provider data is required to write Secret \"{input.TargetName}\": only creationPolicy None, Merge without a target"
                + " and an existing immutable target can be synced without calling the generator.",
                nameof(input));
        }

        var desired = Mutate(input, rendersData ? providerData : null);

        var orphanSelector = input.Target.CreationPolicy == CreationPolicy.Owner ? OrphanSelector(input) : null;
        var plan = existing is null
            ? Created(desired)
            : Updated(input, existing, desired);

        return plan with { OrphanSelector = orphanSelector };
    }

    private static SecretMutationPlan Created(SecretDraft desired) =>
        new()
        {
            Action = SecretWriteAction.Create,
            Secret = desired.ToDesiredSecret(),
            EventReason = EventReasons.Created,
            EventMessage = EventMessages.SecretCreated,
            ReadyReason = ConditionReasons.SecretSynced,
            ReadyMessage = ConditionMessages.SecretSynced,
            BindingName = desired.Name,
            ChangedDataKeys = desired.Data.Keys.ToList(),
        };

    private static SecretMutationPlan Updated(SecretMutationInput input, ExistingSecret existing, SecretDraft desired)
    {
        var changedKeys = SecretDiff.ChangedDataKeys(existing.Data, desired.Data);
        var metadataChanged = !SecretDiff.MetadataEqual(existing, desired);
        var done = Done(ConditionReasons.SecretSynced, ConditionMessages.SecretSynced) with { BindingName = desired.Name };
        if (changedKeys.Count == 0 && !metadataChanged)
        {
            return done;
        }

        if (existing.Immutable && changedKeys.Count > 0)
        {
            return ImmutableConflict(input, existing, desired, metadataChanged);
        }

        return done with
        {
            Action = SecretWriteAction.Update,
            Secret = desired.ToDesiredSecret(),
            EventReason = EventReasons.Updated,
            EventMessage = EventMessages.SecretUpdated,
            ChangedDataKeys = changedKeys,
            AdoptedExistingSecret = IsAdoption(input, existing),
            RemovedDataKeys = existing.Data.Keys.Where(key => !desired.Data.ContainsKey(key)).Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// ESO writes the new metadata of an immutable Secret and then fails, because its data cannot change. The
    /// data-hash annotation here describes the data the Secret keeps, so it does not look drifted afterwards.
    /// </summary>
    private static SecretMutationPlan ImmutableConflict(
        SecretMutationInput input,
        ExistingSecret existing,
        SecretDraft desired,
        bool metadataChanged)
    {
        var keptData = desired with { Data = new SortedDictionary<string, byte[]>(existing.Data.ToDictionary(), StringComparer.Ordinal) };
        keptData.Annotations[EsoMetadata.DataHashAnnotation] = EsoHash.DataHash(existing.Data);
        var writesMetadata = metadataChanged && !SecretDiff.MetadataEqual(existing, keptData);
        var error = $"unable to update secret {input.TargetName}: secret is immutable";

        return Failed(ConditionMessages.UpdateImmutableSecretFailed, error, desired.Name) with
        {
            Action = writesMetadata ? SecretWriteAction.Update : SecretWriteAction.None,
            Secret = writesMetadata ? keptData.ToDesiredSecret() : null,
        };
    }

    private static bool IsAdoption(SecretMutationInput input, ExistingSecret existing)
    {
        if (input.Target.CreationPolicy != CreationPolicy.Owner)
        {
            return false;
        }

        return !existing.OwnerReferences.Any(reference =>
            reference.Controller == true && reference.IsExternalSecret && reference.Name == input.ExternalSecret.Name);
    }
}
