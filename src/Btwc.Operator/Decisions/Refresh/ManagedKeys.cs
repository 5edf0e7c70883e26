namespace Btwc.Operator.Decisions.Refresh;

/// <summary>Reads and writes the key list of <see cref="BtwcMetadata.ManagedKeysAnnotation"/>.</summary>
public static class ManagedKeys
{
    /// <summary>Parses a comma-separated key list. Empty entries are ignored.</summary>
    public static IReadOnlyList<string> Parse(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Formats keys as a comma-separated list in ordinal order. Secret data keys never contain a comma.</summary>
    public static string Format(IEnumerable<string> keys) => string.Join(",", keys.Order(StringComparer.Ordinal));
}
