namespace Kube.Emulator.Faults.Internal;

/// <summary>A fault rule with the failures it has left.</summary>
internal sealed class ActiveRule(FaultRule rule, int remaining)
{
    private static readonly HashSet<string> Writes = ["create", "update", "patch", "delete", "deletecollection"];

    public FaultRule Rule { get; } = rule;

    public int Remaining { get; set; } = remaining;

    public bool Matches(string verb, string resource, string? ns, string? name, string? subresource)
    {
        bool verbMatches = Rule.Verb is null || Rule.Verb == verb || (Rule.Verb == FaultRule.AnyWrite && Writes.Contains(verb));

        return verbMatches
            && (Rule.Resource is null || Rule.Resource == resource)
            && (Rule.Namespace is null || Rule.Namespace == ns)
            && (Rule.Name is null || Rule.Name == name)
            && (Rule.Subresource is null || Rule.Subresource == subresource);
    }
}
