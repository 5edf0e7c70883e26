using System.Collections.Concurrent;
using Btwc.Operator.Runtime;

namespace Btwc.Operator.Reconcilers;

/// <summary>
/// What the reconciler remembers between syncs of an object in this process: consecutive failures, whether
/// it has been seen since start, and which one-time warnings were already emitted.
/// </summary>
internal sealed class ReconcilerMemory
{
    private readonly ConcurrentDictionary<ObjectKey, int> _failures = new();
    private readonly ConcurrentDictionary<string, byte> _seen = new();
    private readonly ConcurrentDictionary<(string Uid, string Kind), string> _warnings = new();

    /// <summary>Returns true the first time an object uid is seen by this process.</summary>
    public bool MarkSeen(string uid) => _seen.TryAdd(uid, 0);

    public int RecordFailure(ObjectKey key) => _failures.AddOrUpdate(key, 1, (_, count) => count + 1);

    public void ResetFailures(ObjectKey key) => _failures.TryRemove(key, out _);

    /// <summary>Returns true when a warning of this kind was not yet emitted for this value (such as a generator fingerprint).</summary>
    public bool ShouldWarn(string uid, string kind, string value)
    {
        var previous = _warnings.GetValueOrDefault((uid, kind));
        if (previous == value)
        {
            return false;
        }

        _warnings[(uid, kind)] = value;

        return true;
    }

    public void Forget(ObjectKey key) => _failures.TryRemove(key, out _);
}
