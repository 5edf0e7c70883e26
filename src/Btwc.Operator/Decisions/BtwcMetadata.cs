namespace Btwc.Operator.Decisions;

/// <summary>Annotations of btwc-operator itself, under its own prefix so they never clash with ESO's.</summary>
public static class BtwcMetadata
{
    /// <summary>The prefix of the operator's own annotations.</summary>
    public const string Prefix = "btwc.beyondtrust.io/";

    /// <summary>On an ExternalSecret: the refresh point as a percentage (10 to 95) of the credential lifetime.</summary>
    public const string RefreshAtPercentAnnotation = Scheduling.RefreshSchedule.RefreshAtPercentAnnotation;

    /// <summary>
    /// On a Secret written with creationPolicy Merge or CreateOrMerge: the comma-separated names of the data keys
    /// this ExternalSecret wrote, so that it can remove them later and tell its own keys from other writers' keys.
    /// </summary>
    public const string ManagedKeysAnnotation = Prefix + "managed-keys";

    /// <summary>
    /// On a Secret written with creationPolicy Merge or CreateOrMerge: the ESO data hash of only the keys in
    /// <see cref="ManagedKeysAnnotation"/>. Another writer's keys can change without making the target look
    /// edited, so they cause no re-sync (and no new credential).
    /// </summary>
    public const string ManagedDataHashAnnotation = Prefix + "managed-data-hash";

    /// <summary>
    /// On a Secret written with a new credential: the sync that wrote it (ExternalSecret uid, metadata version,
    /// refresh time, lease id and times) as compact JSON. A process that starts after a lost status write
    /// records this credential in the status instead of minting another.
    /// </summary>
    public const string LastSyncAnnotation = Prefix + "last-sync";
}
