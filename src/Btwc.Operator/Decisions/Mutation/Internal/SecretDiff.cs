namespace Btwc.Operator.Decisions.Mutation.Internal;

/// <summary>Compares an existing Secret with a draft, so that an unchanged Secret causes no write and no event.</summary>
internal static class SecretDiff
{
    /// <summary>Returns the names of data keys added, changed or removed, in ordinal order.</summary>
    public static IReadOnlyList<string> ChangedDataKeys(IReadOnlyDictionary<string, byte[]> existing, IReadOnlyDictionary<string, byte[]> desired)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in desired)
        {
            if (!existing.TryGetValue(key, out var old) || !old.AsSpan().SequenceEqual(value))
            {
                changed.Add(key);
            }
        }

        foreach (var key in existing.Keys)
        {
            if (!desired.ContainsKey(key))
            {
                changed.Add(key);
            }
        }

        return [.. changed];
    }

    /// <summary>Whether labels, annotations, ownerReferences and the immutable flag are equal.</summary>
    public static bool MetadataEqual(ExistingSecret existing, SecretDraft draft) =>
        existing.Immutable == draft.Immutable
        && MapEqual(existing.Labels, draft.Labels)
        && MapEqual(existing.Annotations, draft.Annotations)
        && existing.OwnerReferences.SequenceEqual(draft.OwnerReferences);

    private static bool MapEqual(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second) =>
        first.Count == second.Count
        && first.All(entry => second.TryGetValue(entry.Key, out var value) && value == entry.Value);
}
