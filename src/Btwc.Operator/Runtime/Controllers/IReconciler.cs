namespace Btwc.Operator.Runtime.Controllers;

/// <summary>Brings one object's actual state to its desired state; called by <see cref="ControllerHost{TKey}"/>.</summary>
/// <typeparam name="TKey">The queue key, usually <see cref="ObjectKey"/>.</typeparam>
public interface IReconciler<in TKey>
    where TKey : notnull
{
    /// <summary>
    /// Reconciles the object of <paramref name="key"/> and returns when the host should reconcile it again. An exception counts
    /// as a transient failure and is retried with backoff.
    /// </summary>
    /// <param name="key">The object's key.</param>
    /// <param name="cancellationToken">Canceled when the host stops or loses leadership.</param>
    Task<ReconcileResult> ReconcileAsync(TKey key, CancellationToken cancellationToken);
}
