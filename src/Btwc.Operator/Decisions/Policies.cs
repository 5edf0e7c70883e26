namespace Btwc.Operator.Decisions;

/// <summary><c>spec.refreshPolicy</c> of an ExternalSecret.</summary>
public enum RefreshPolicy
{
    /// <summary>Refresh every <c>refreshInterval</c> (the default, also used when the field is empty).</summary>
    Periodic,

    /// <summary>Sync once and never refresh afterwards.</summary>
    CreatedOnce,

    /// <summary>Sync when the ExternalSecret's generation, labels or annotations change.</summary>
    OnChange,
}

/// <summary><c>spec.target.creationPolicy</c> of an ExternalSecret.</summary>
public enum CreationPolicy
{
    /// <summary>Create the Secret and own it through a controller ownerReference (the default).</summary>
    Owner,

    /// <summary>Create or update the Secret without owning it.</summary>
    Orphan,

    /// <summary>Merge into an existing Secret, never create one.</summary>
    Merge,

    /// <summary>Write nothing.</summary>
    None,

    /// <summary>Create the Secret when absent, otherwise merge into it, never owning it.</summary>
    CreateOrMerge,
}

/// <summary><c>spec.target.deletionPolicy</c> of an ExternalSecret: what happens when the provider returns no data.</summary>
public enum DeletionPolicy
{
    /// <summary>Keep the Secret as it is (the default).</summary>
    Retain,

    /// <summary>Delete the Secret (creationPolicy Owner only).</summary>
    Delete,

    /// <summary>Remove the keys this ExternalSecret wrote and keep the Secret.</summary>
    Merge,
}

/// <summary>Conversions between the policy enums and their wire strings.</summary>
public static class PolicyNames
{
    /// <summary>Parses <c>spec.refreshPolicy</c>. Null or empty means <see cref="RefreshPolicy.Periodic"/>.</summary>
    /// <exception cref="ArgumentException">The value is not one of the allowed names.</exception>
    public static RefreshPolicy ParseRefreshPolicy(string? value) =>
        ParseOrDefault(value, RefreshPolicy.Periodic, "spec.refreshPolicy");

    /// <summary>Parses <c>spec.target.creationPolicy</c>. Null or empty means <see cref="CreationPolicy.Owner"/>.</summary>
    /// <exception cref="ArgumentException">The value is not one of the allowed names.</exception>
    public static CreationPolicy ParseCreationPolicy(string? value) =>
        ParseOrDefault(value, CreationPolicy.Owner, "spec.target.creationPolicy");

    /// <summary>Parses <c>spec.target.deletionPolicy</c>. Null or empty means <see cref="DeletionPolicy.Retain"/>.</summary>
    /// <exception cref="ArgumentException">The value is not one of the allowed names.</exception>
    public static DeletionPolicy ParseDeletionPolicy(string? value) =>
        ParseOrDefault(value, DeletionPolicy.Retain, "spec.target.deletionPolicy");

    private static T ParseOrDefault<T>(string? value, T defaultValue, string field)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return defaultValue;
        }

        // Wire values are case-sensitive, as the CRD's enum validation is.
        if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value[0]))
        {
            return parsed;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>());

        throw new ArgumentException($"Invalid {field} \"{value}\": use one of {allowed}.", nameof(value));
    }
}
