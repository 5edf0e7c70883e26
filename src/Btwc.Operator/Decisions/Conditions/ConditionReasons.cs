namespace Btwc.Operator.Decisions.Conditions;

/// <summary>
/// Reasons of the Ready condition. The first group are ESO's wire values, which alerts and
/// <c>kubectl wait</c> expressions match on. Failures keep ESO's <see cref="SecretSyncedError"/> on the Ready
/// condition so such tools keep working. The operator's own reasons (second group) name the cause in Warning
/// events, and <see cref="Unsupported"/> is also used as a Ready reason for specs the operator cannot act on.
/// </summary>
public static class ConditionReasons
{
    /// <summary>Ready=True: the target is in sync (also creationPolicy None, and empty data with Retain).</summary>
    public const string SecretSynced = "SecretSynced";

    /// <summary>Ready=False: the last sync failed.</summary>
    public const string SecretSyncedError = "SecretSyncedError";

    /// <summary>Ready=True: the provider returned no data and deletionPolicy Delete removed the Secret.</summary>
    public const string SecretDeleted = "SecretDeleted";

    /// <summary>Ready=True: creationPolicy Merge and the target Secret does not exist.</summary>
    public const string SecretMissing = "SecretMissing";

    /// <summary>Operator extension: the spec uses a field the operator does not act on yet.</summary>
    public const string Unsupported = "Unsupported";

    /// <summary>Operator extension: the referenced generator is missing or invalid.</summary>
    public const string InvalidGenerator = "InvalidGenerator";

    /// <summary>Operator extension: the BeyondTrust API rejected the token (HTTP 401 or 403).</summary>
    public const string AuthenticationFailed = "AuthenticationFailed";

    /// <summary>Operator extension: the BeyondTrust API asked the operator to slow down (HTTP 429).</summary>
    public const string RateLimited = "RateLimited";

    /// <summary>Operator extension: the credential in the target expires soon and is refreshed early.</summary>
    public const string LeaseExpiring = "LeaseExpiring";

    /// <summary>Operator extension: refreshInterval is not shorter than the credential lifetime.</summary>
    public const string RefreshIntervalExceedsLifetime = "RefreshIntervalExceedsLifetime";

    /// <summary>Operator extension: the generated credential carries no usable expiration.</summary>
    public const string ExpirationMissing = "ExpirationMissing";

    /// <summary>Operator extension: an annotation of the operator has an invalid value.</summary>
    public const string InvalidAnnotation = "InvalidAnnotation";
}
