namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Values of <c>spec.target.creationPolicy</c>.</summary>
public static class CreationPolicy
{
    /// <summary>Creates the Secret and makes the ExternalSecret its controller owner, so deleting the ExternalSecret deletes the Secret.</summary>
    public const string Owner = "Owner";

    /// <summary>Creates or updates the Secret without an owner, so it outlives the ExternalSecret.</summary>
    public const string Orphan = "Orphan";

    /// <summary>Merges the values into an existing Secret and never creates one.</summary>
    public const string Merge = "Merge";

    /// <summary>Writes no Secret.</summary>
    public const string None = "None";

    /// <summary>Creates the Secret if it is missing, or merges the values into it if it exists.</summary>
    public const string CreateOrMerge = "CreateOrMerge";
}

/// <summary>Values of <c>spec.target.deletionPolicy</c>.</summary>
public static class DeletionPolicy
{
    /// <summary>Deletes the Secret when the remote secret is gone.</summary>
    public const string Delete = "Delete";

    /// <summary>Removes the managed keys from the Secret when the remote secret is gone.</summary>
    public const string Merge = "Merge";

    /// <summary>Keeps the Secret as it was when the remote secret is gone.</summary>
    public const string Retain = "Retain";
}

/// <summary>Values of <c>spec.refreshPolicy</c>.</summary>
public static class RefreshPolicy
{
    /// <summary>Reads the values once, when the Secret is created.</summary>
    public const string CreatedOnce = "CreatedOnce";

    /// <summary>Reads the values every <c>refreshInterval</c>.</summary>
    public const string Periodic = "Periodic";

    /// <summary>Reads the values when the ExternalSecret changes.</summary>
    public const string OnChange = "OnChange";
}

/// <summary>Values of <c>kind</c> in a store reference.</summary>
public static class SecretStoreKind
{
    /// <summary>A namespaced store.</summary>
    public const string SecretStore = "SecretStore";

    /// <summary>A cluster-scoped store.</summary>
    public const string ClusterSecretStore = "ClusterSecretStore";
}

/// <summary>Values of <c>spec.syncWindows.kind</c>.</summary>
public static class SyncWindowKind
{
    /// <summary>Periodic refreshes run only inside the windows.</summary>
    public const string Allow = "allow";

    /// <summary>Periodic refreshes never run inside the windows.</summary>
    public const string Deny = "deny";
}

/// <summary>Values of <c>type</c> in an ExternalSecret condition.</summary>
public static class ExternalSecretConditionType
{
    /// <summary>Whether the target Secret contains the current values.</summary>
    public const string Ready = "Ready";

    /// <summary>Whether the target Secret was deleted.</summary>
    public const string Deleted = "Deleted";
}
