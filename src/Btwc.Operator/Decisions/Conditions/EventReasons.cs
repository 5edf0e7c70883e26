namespace Btwc.Operator.Decisions.Conditions;

/// <summary>
/// Kubernetes Event reasons. The ESO group are wire values (recorder component <c>external-secrets</c>). The
/// operator adds reasons that name the cause of a Warning or an early refresh.
/// </summary>
public static class EventReasons
{
    /// <summary>Normal: the target Secret was created.</summary>
    public const string Created = "Created";

    /// <summary>Normal: the target Secret was updated (only after a real write).</summary>
    public const string Updated = "Updated";

    /// <summary>Normal: the target Secret was deleted.</summary>
    public const string Deleted = "Deleted";

    /// <summary>Normal: a referenced provider secret does not exist and was skipped.</summary>
    public const string MissingProviderSecret = "MissingProviderSecret";

    /// <summary>Warning: any sync failure. The message is the full error text.</summary>
    public const string UpdateFailed = "UpdateFailed";

    /// <summary>Operator extension, Warning: creationPolicy Owner took over an existing Secret.</summary>
    public const string Adopted = "Adopted";

    /// <summary>Operator extension, Warning: a field is accepted but not acted on yet.</summary>
    public const string Unsupported = ConditionReasons.Unsupported;

    /// <summary>Operator extension, Warning: the referenced generator is missing or invalid.</summary>
    public const string InvalidGenerator = ConditionReasons.InvalidGenerator;

    /// <summary>Operator extension, Warning: the BeyondTrust API rejected the token.</summary>
    public const string AuthenticationFailed = ConditionReasons.AuthenticationFailed;

    /// <summary>Operator extension, Warning: the BeyondTrust API rate-limited the operator.</summary>
    public const string RateLimited = ConditionReasons.RateLimited;

    /// <summary>Operator extension, Normal: the credential is refreshed early because it expires soon.</summary>
    public const string LeaseExpiring = ConditionReasons.LeaseExpiring;

    /// <summary>Operator extension, Warning: refreshInterval is not shorter than the credential lifetime.</summary>
    public const string RefreshIntervalExceedsLifetime = ConditionReasons.RefreshIntervalExceedsLifetime;

    /// <summary>Operator extension, Warning: the credential carries no usable expiration.</summary>
    public const string ExpirationMissing = ConditionReasons.ExpirationMissing;

    /// <summary>Operator extension, Warning: an annotation of the operator has an invalid value.</summary>
    public const string InvalidAnnotation = ConditionReasons.InvalidAnnotation;
}
