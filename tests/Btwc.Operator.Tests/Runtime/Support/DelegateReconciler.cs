using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;

namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>A reconciler that runs a test's delegate and records every call in order.</summary>
internal sealed class DelegateReconciler(Func<ObjectKey, int, CancellationToken, Task<ReconcileResult>> reconcile) : IReconciler<ObjectKey>
{
    private readonly Lock _lock = new();
    private readonly List<ObjectKey> _calls = [];

    public IReadOnlyList<ObjectKey> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public int CallsFor(string name) => Calls.Count(k => k.Name == name);

    public Task<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken)
    {
        int attempt;
        lock (_lock)
        {
            _calls.Add(key);
            attempt = _calls.Count(k => k == key);
        }

        return reconcile(key, attempt, cancellationToken);
    }
}
