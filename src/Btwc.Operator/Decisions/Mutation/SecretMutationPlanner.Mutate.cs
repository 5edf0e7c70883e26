using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Mutation.Internal;
using Btwc.Operator.Decisions.Refresh;

namespace Btwc.Operator.Decisions.Mutation;

public static partial class SecretMutationPlanner
{
    /// <summary>
    /// Applies ESO's mutation to a copy of the existing Secret, or to a new one. It sets the immutable flag first.
    /// Unless an existing target is immutable, it then removes the keys this ExternalSecret managed, copies the
    /// ExternalSecret's labels and annotations, clears foreign data (except for Merge and CreateOrMerge) and adds
    /// the provider keys. Last come ownership, the managed label and the data-hash annotation.
    /// </summary>
    private static SecretDraft Mutate(SecretMutationInput input, IReadOnlyList<KeyValuePair<string, byte[]>>? providerData)
    {
        var draft = SecretDraft.From(input.ExternalSecret.Namespace, input.TargetName, input.Existing);
        var policy = input.Target.CreationPolicy;
        if (input.Target.Immutable)
        {
            draft = draft with { Immutable = true };
        }

        if (providerData is not null)
        {
            RenderData(input, draft, providerData);
            RecordManagedKeys(policy, draft, providerData);
            if (input.SyncRecord is { } record)
            {
                draft.Annotations[BtwcMetadata.LastSyncAnnotation] = record.Format();
            }
        }

        ApplyOwnerReference(input, draft);
        if (policy == CreationPolicy.Owner)
        {
            draft.Labels[EsoMetadata.CreatedByLabel] = EsoHash.CreatedByLabelValue(input.ExternalSecret.Namespace, input.ExternalSecret.Name);
        }
        else
        {
            draft.Labels.Remove(EsoMetadata.CreatedByLabel);
        }

        draft.Labels[EsoMetadata.ManagedLabel] = EsoMetadata.ManagedLabelValue;
        draft.Annotations[EsoMetadata.DataHashAnnotation] = EsoHash.DataHash(draft.Data);

        return draft;
    }

    private static void RenderData(SecretMutationInput input, SecretDraft draft, IReadOnlyList<KeyValuePair<string, byte[]>> providerData)
    {
        var existing = input.Existing;
        foreach (var key in existing?.ManagedDataKeys ?? [])
        {
            draft.Data.Remove(key);
        }

        foreach (var key in ManagedKeys.Parse(existing?.Annotations.GetValueOrDefault(BtwcMetadata.ManagedKeysAnnotation)))
        {
            draft.Data.Remove(key);
        }

        foreach (var key in existing?.ManagedLabelKeys ?? [])
        {
            draft.Labels.Remove(key);
        }

        foreach (var key in existing?.ManagedAnnotationKeys ?? [])
        {
            draft.Annotations.Remove(key);
        }

        foreach (var (key, value) in input.ExternalSecret.Labels)
        {
            draft.Labels[key] = value;
        }

        foreach (var (key, value) in input.ExternalSecret.Annotations)
        {
            if (key != EsoMetadata.LastAppliedConfigurationAnnotation)
            {
                draft.Annotations[key] = value;
            }
        }

        if (input.Target.CreationPolicy is not (CreationPolicy.Merge or CreationPolicy.CreateOrMerge))
        {
            draft.Data.Clear();
        }

        foreach (var (key, value) in providerData)
        {
            draft.Data[key] = value;
        }
    }

    /// <summary>
    /// Records which keys a Merge or CreateOrMerge write owns, and their hash, so other writers' keys neither look
    /// like drift nor survive as stale keys of this ExternalSecret. Other policies own the whole Secret and carry
    /// no record.
    /// </summary>
    private static void RecordManagedKeys(CreationPolicy policy, SecretDraft draft, IReadOnlyList<KeyValuePair<string, byte[]>> providerData)
    {
        if (policy is not (CreationPolicy.Merge or CreationPolicy.CreateOrMerge))
        {
            draft.Annotations.Remove(BtwcMetadata.ManagedKeysAnnotation);
            draft.Annotations.Remove(BtwcMetadata.ManagedDataHashAnnotation);

            return;
        }

        var keys = providerData.Select(entry => entry.Key).Distinct().ToList();
        draft.Annotations[BtwcMetadata.ManagedKeysAnnotation] = ManagedKeys.Format(keys);
        draft.Annotations[BtwcMetadata.ManagedDataHashAnnotation] =
            EsoHash.DataHash(keys.Select(key => new KeyValuePair<string, byte[]>(key, draft.Data[key])));
    }
}
