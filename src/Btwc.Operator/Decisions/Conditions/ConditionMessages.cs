namespace Btwc.Operator.Decisions.Conditions;

/// <summary>Messages of the Ready condition. The ESO group are wire values and must not be reworded.</summary>
public static class ConditionMessages
{
    /// <summary>Ready=True after a successful sync.</summary>
    public const string SecretSynced = "secret synced";

    /// <summary>Ready=True when the provider returned no data and deletionPolicy is Retain.</summary>
    public const string SecretRetained = "secret retained due to DeletionPolicy=Retain";

    /// <summary>Ready=True when the provider returned no data and deletionPolicy Delete removed the Secret.</summary>
    public const string SecretDeleted = "secret deleted due to DeletionPolicy=Delete";

    /// <summary>Ready=True when creationPolicy is Merge and the target does not exist.</summary>
    public const string SecretMissing = "secret will not be created due to CreationPolicy=Merge";

    /// <summary>Ready=False when the provider, generator or store could not deliver data.</summary>
    public const string GetSecretDataFailed = "could not get secret data from provider";

    /// <summary>Ready=False when deleting the Secret failed or is not allowed.</summary>
    public const string DeleteSecretFailed = "could not delete secret";

    /// <summary>Ready=False when Secrets left behind by a target rename could not be deleted.</summary>
    public const string DeleteOrphanedSecretsFailed = "could not delete orphaned secrets";

    /// <summary>Ready=False for any other create or update failure.</summary>
    public const string UpdateSecretFailed = "could not update secret";

    /// <summary>Ready=False when the existing target is immutable and its data would change.</summary>
    public const string UpdateImmutableSecretFailed = "could not update secret, target is immutable";

    /// <summary>Ready=False when another controller owns the target.</summary>
    public const string BecomeOwnerFailed = "failed to take ownership of target secret";

    /// <summary>Ready=False when another ExternalSecret owns the target.</summary>
    public const string OwnedByAnotherExternalSecret = "target is owned by another ExternalSecret";

    /// <summary>Operator extension: the suffix of messages about fields that are accepted but not acted on.</summary>
    public const string NotSupportedYet = "not supported yet";
}
