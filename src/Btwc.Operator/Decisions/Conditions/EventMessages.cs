using System.Globalization;

namespace Btwc.Operator.Decisions.Conditions;

/// <summary>Kubernetes Event messages that ESO writes (wire values).</summary>
public static class EventMessages
{
    /// <summary>Message of the Normal <see cref="EventReasons.Created"/> event.</summary>
    public const string SecretCreated = "secret created";

    /// <summary>Message of the Normal <see cref="EventReasons.Updated"/> event.</summary>
    public const string SecretUpdated = "secret updated";

    /// <summary>Message of the Normal <see cref="EventReasons.Deleted"/> event for deletionPolicy Delete.</summary>
    public const string SecretDeleted = "secret deleted due to DeletionPolicy=Delete";

    /// <summary>Message of the Normal <see cref="EventReasons.Deleted"/> event for a Secret left behind by a rename.</summary>
    public const string SecretDeletedOrphaned = "secret deleted because it was orphaned";

    /// <summary>Formats the <see cref="EventReasons.MissingProviderSecret"/> message for a <c>spec.dataFrom</c> entry.</summary>
    public static string MissingProviderSecret(int dataFromIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"secret does not exist at provider using spec.dataFrom[{dataFromIndex}]");

    /// <summary>
    /// Formats the <see cref="EventReasons.MissingProviderSecret"/> message for a <c>spec.data</c> entry. ESO writes
    /// <c>spec.dataFrom</c> here although the entry is under <c>spec.data</c>, and the text is kept for compatibility.
    /// </summary>
    public static string MissingProviderSecretKey(int dataIndex, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"secret does not exist at provider using spec.dataFrom[{dataIndex}] (key={key})");

    /// <summary>Formats the operator's message for a field that is accepted but not acted on yet.</summary>
    public static string NotSupportedYet(string fieldPath) =>
        $"{fieldPath} is {ConditionMessages.NotSupportedYet}: btwc-operator ignores it"
        + " and supports generator sources in spec.dataFrom[].sourceRef.generatorRef only";

    /// <summary>Formats the operator's <see cref="EventReasons.Adopted"/> message, naming (never showing the values of) the removed keys.</summary>
    public static string Adopted(string secretName, IReadOnlyCollection<string> removedKeys)
    {
        ArgumentNullException.ThrowIfNull(removedKeys);

        var removed = removedKeys.Count == 0
            ? "no existing keys were removed"
            : "keys the ExternalSecret does not provide were removed: " + string.Join(", ", removedKeys);

        return $"took ownership of existing secret {secretName} because creationPolicy is Owner, and {removed}";
    }
}
