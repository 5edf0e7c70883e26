using Btwc.Operator.Decisions.Hashing;

namespace Btwc.Operator.Decisions.Refresh;

/// <summary>What the refresh decision needs to know about the target Secret.</summary>
public sealed record TargetState
{
    /// <summary>A target Secret that does not exist.</summary>
    public static TargetState Missing { get; } = new();

    /// <summary>Whether the Secret exists.</summary>
    public bool Exists { get; init; }

    /// <summary>Whether the Secret carries <c>reconcile.external-secrets.io/managed=true</c>.</summary>
    public bool HasManagedLabel { get; init; }

    /// <summary>The value of the <c>reconcile.external-secrets.io/data-hash</c> annotation, if any.</summary>
    public string? StoredDataHash { get; init; }

    /// <summary>The hash of the Secret's current <c>.data</c> (<see cref="EsoHash.DataHash"/>).</summary>
    public string? CurrentDataHash { get; init; }

    /// <summary>Whether the Secret has <c>immutable: true</c>.</summary>
    public bool Immutable { get; init; }

    /// <summary>Whether the Secret has at least one data key.</summary>
    public bool HasData { get; init; }

    /// <summary>
    /// For Merge and CreateOrMerge targets written by this operator: whether the keys listed in
    /// <see cref="BtwcMetadata.ManagedKeysAnnotation"/> still hold the values recorded in
    /// <see cref="BtwcMetadata.ManagedDataHashAnnotation"/>. Null when the Secret carries no such record (for
    /// example one written by ESO).
    /// </summary>
    public bool? ManagedKeysHashMatches { get; init; }

    /// <summary>Whether the data-hash annotation matches the current data, which means the data was not edited by hand.</summary>
    public bool DataHashMatches => StoredDataHash is not null && StoredDataHash == CurrentDataHash;

    /// <summary>Describes an existing Secret from its labels, annotations, data and immutable flag.</summary>
    public static TargetState Of(
        IReadOnlyDictionary<string, string>? labels,
        IReadOnlyDictionary<string, string>? annotations,
        IReadOnlyDictionary<string, byte[]>? data,
        bool immutable)
    {
        string? managed = null;
        string? storedHash = null;
        labels?.TryGetValue(EsoMetadata.ManagedLabel, out managed);
        annotations?.TryGetValue(EsoMetadata.DataHashAnnotation, out storedHash);

        return new TargetState
        {
            Exists = true,
            HasManagedLabel = managed == EsoMetadata.ManagedLabelValue,
            StoredDataHash = storedHash,
            CurrentDataHash = EsoHash.DataHash(data),
            Immutable = immutable,
            HasData = data is { Count: > 0 },
            ManagedKeysHashMatches = ManagedKeysMatch(annotations, data),
        };
    }

    private static bool? ManagedKeysMatch(IReadOnlyDictionary<string, string>? annotations, IReadOnlyDictionary<string, byte[]>? data)
    {
        if (annotations is null
            || !annotations.TryGetValue(BtwcMetadata.ManagedKeysAnnotation, out var keyList)
            || !annotations.TryGetValue(BtwcMetadata.ManagedDataHashAnnotation, out var storedHash))
        {
            return null;
        }

        var keys = ManagedKeys.Parse(keyList);
        if (keys.Any(key => data is null || !data.ContainsKey(key)))
        {
            return false;
        }

        return EsoHash.DataHash(keys.Select(key => new KeyValuePair<string, byte[]>(key, data![key]))) == storedHash;
    }
}
