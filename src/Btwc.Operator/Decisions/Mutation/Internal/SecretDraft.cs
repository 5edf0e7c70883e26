namespace Btwc.Operator.Decisions.Mutation.Internal;

/// <summary>A mutable copy of a Secret while the planner builds the desired state.</summary>
internal sealed record SecretDraft(
    string Namespace,
    string Name,
    SortedDictionary<string, string> Labels,
    SortedDictionary<string, string> Annotations,
    SortedDictionary<string, byte[]> Data,
    List<OwnerReferenceInfo> OwnerReferences,
    bool Immutable)
{
    public static SecretDraft From(string @namespace, string name, ExistingSecret? existing) =>
        new(
            @namespace,
            name,
            new SortedDictionary<string, string>(existing?.Labels.ToDictionary() ?? [], StringComparer.Ordinal),
            new SortedDictionary<string, string>(existing?.Annotations.ToDictionary() ?? [], StringComparer.Ordinal),
            new SortedDictionary<string, byte[]>(existing?.Data.ToDictionary() ?? [], StringComparer.Ordinal),
            [.. existing?.OwnerReferences ?? []],
            existing?.Immutable ?? false);

    public DesiredSecret ToDesiredSecret() =>
        new(Namespace, Name, Labels, Annotations, Data, OwnerReferences, Immutable);
}
