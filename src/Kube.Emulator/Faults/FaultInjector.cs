using Kube.Emulator.Faults.Internal;

namespace Kube.Emulator.Faults;

/// <summary>
/// Makes chosen API requests fail, for tests of retry and error handling: "fail the next write to Secret X",
/// "fail the next status write". Rules apply in the order added; a request consumes one failure of the first
/// rule it matches. Thread-safe.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly List<ActiveRule> _rules = [];

    /// <summary>Adds a rule.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.StatusCode, 400);
        lock (_lock)
        {
            _rules.Add(new ActiveRule(rule, rule.Count));
        }
    }

    /// <summary>Fails the next <paramref name="count"/> writes (create, update, patch, delete) of one object.</summary>
    public void FailNextWrite(string resource, string? ns, string name, int statusCode = 500, int count = 1) =>
        Add(new FaultRule { Verb = FaultRule.AnyWrite, Resource = resource, Namespace = ns, Name = name, StatusCode = statusCode, Count = count });

    /// <summary>Fails the next <paramref name="count"/> writes to the status subresource of a resource (any object when <paramref name="name"/> is null).</summary>
    public void FailNextStatusWrite(string resource, string? ns = null, string? name = null, int statusCode = 500, int count = 1) =>
        Add(new FaultRule { Verb = FaultRule.AnyWrite, Resource = resource, Namespace = ns, Name = name, Subresource = "status", StatusCode = statusCode, Count = count });

    /// <summary>Gets how many failures the rules still hold.</summary>
    public int Pending
    {
        get
        {
            lock (_lock)
            {
                return _rules.Sum(r => r.Remaining);
            }
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }
    }

    internal FaultRule? TakeMatch(string verb, string resource, string? ns, string? name, string? subresource)
    {
        lock (_lock)
        {
            ActiveRule? match = _rules.FirstOrDefault(r => r.Matches(verb, resource, ns, name, subresource));
            if (match is null)
            {
                return null;
            }

            match.Remaining--;
            if (match.Remaining == 0)
            {
                _rules.Remove(match);
            }

            return match.Rule;
        }
    }
}
