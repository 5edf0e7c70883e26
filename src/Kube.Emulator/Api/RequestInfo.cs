namespace Kube.Emulator.Api;

/// <summary>
/// The parts of a resource request path: <c>/api/v1/...</c> or <c>/apis/{group}/{version}/...</c>, then
/// <c>[namespaces/{namespace}/]{resource}[/{name}[/{subresource}]]</c>, with the old <c>watch/</c> prefix.
/// </summary>
internal sealed record RequestInfo(string Group, string Version, string? Namespace, string Resource, string? Name, string? Subresource, bool WatchPrefix)
{
    /// <summary>Parses the segments after the group and version, or returns null when they name no resource.</summary>
    public static RequestInfo? Parse(string group, string version, ReadOnlySpan<string> rest)
    {
        bool watchPrefix = false;
        if (rest.Length > 0 && rest[0] == "watch")
        {
            watchPrefix = true;
            rest = rest[1..];
        }

        if (rest.Length == 0)
        {
            return null;
        }

        string? ns = null;
        if (rest[0] == "namespaces" && rest.Length >= 3 && rest[2] is not ("status" or "finalize"))
        {
            ns = rest[1];
            rest = rest[2..];
        }

        return rest.Length switch
        {
            1 => new RequestInfo(group, version, ns, rest[0], null, null, watchPrefix),
            2 => new RequestInfo(group, version, ns, rest[0], rest[1], null, watchPrefix),
            3 => new RequestInfo(group, version, ns, rest[0], rest[1], rest[2], watchPrefix),
            _ => null,
        };
    }
}
