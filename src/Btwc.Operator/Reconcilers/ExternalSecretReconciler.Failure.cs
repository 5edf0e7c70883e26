using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Reconcilers.Internal;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Runtime.Events;

namespace Btwc.Operator.Reconcilers;

public sealed partial class ExternalSecretReconciler
{
    /// <summary>
    /// Records a failed sync: Ready=False with the reason and message, a Warning event, and a retry whose delay
    /// depends on the failure class. A failure never moves <c>refreshTime</c> or <c>syncedResourceVersion</c>.
    /// </summary>
    private async Task<ReconcileResult> ReportFailureAsync(ObjectKey key, SyncContext sync, Failure failure, CancellationToken cancellationToken)
    {
        var failures = _memory.RecordFailure(key);
        _metrics.SyncErrors.Add(1, new KeyValuePair<string, object?>("reason", failure.Reason));

        await WriteStatusAsync(sync, status => SetReady(status, ConditionStatuses.False, failure.Reason, failure.ConditionMessage, sync.Now), cancellationToken).ConfigureAwait(false);
        await _events.RecordAsync(sync.ExternalSecret, EventTypes.Warning, failure.EventReason, failure.EventMessage, cancellationToken).ConfigureAwait(false);

        var cadence = sync.RefreshInterval > TimeSpan.Zero ? sync.RefreshInterval : (TimeSpan?)null;
        var leaseExpiresAt = ToOffset(sync.ExternalSecret.Status?.Lease?.Expiration);
        var retry = _backoff.Next(failure.Class, failures, cadence, leaseExpiresAt, sync.Now, failure.RetryAfter);
        var priority = retry.Priority ? WorkPriority.Expiring : WorkPriority.Routine;
        Log.SyncFailed(_logger, sync.Namespace, sync.Name, failure.Reason, Log.Delay(retry.Delay), failure.EventMessage);

        if (failure.Class == FailureClass.RateLimited && failure.Partition is { } partition)
        {
            return ReconcileResult.RateLimited(failure.EventMessage, retry.Delay, partition, priority);
        }

        return ReconcileResult.Requeue(retry.Delay, priority);
    }

    private Task<ReconcileResult> ReportSpecProblemAsync(ObjectKey key, ExternalSecret externalSecret, SpecProblem problem, CancellationToken cancellationToken)
    {
        var sync = new SyncContext(externalSecret, TimeSpan.Zero, _time.GetUtcNow());
        var failure = new Failure(problem.Reason, problem.Message, problem.Message, FailureClass.Configuration) { EventReason = problem.Reason };

        return ReportFailureAsync(key, sync, failure, cancellationToken);
    }
}
