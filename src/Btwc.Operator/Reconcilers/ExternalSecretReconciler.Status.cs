using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Decisions.Mutation;
using Btwc.Operator.Decisions.Refresh;
using Btwc.Operator.Decisions.Scheduling;
using Btwc.Operator.Generators;
using Btwc.Operator.Kubernetes;
using Btwc.Operator.Reconcilers.Internal;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Runtime.Events;
using k8s.Autorest;
using k8s.Models;

namespace Btwc.Operator.Reconcilers;

public sealed partial class ExternalSecretReconciler
{
    private const int StatusWriteAttempts = 3;

    private async Task<ReconcileResult> RecordSuccessAsync(
        ObjectKey key,
        SyncContext sync,
        SecretMutationPlan plan,
        IReadOnlyList<GeneratorOutput> outputs,
        RefreshResult decision,
        CancellationToken cancellationToken)
    {
        var newLease = EarliestLease(outputs);
        var lease = newLease ?? CurrentLease(sync);
        var schedule = _schedule.Next(new RefreshScheduleInput
        {
            ObjectUid = sync.Uid,
            RefreshPolicy = sync.RefreshPolicy,
            RefreshInterval = sync.RefreshInterval,
            LastRefresh = sync.Now,
            Lease = lease,
            RefreshAtPercent = sync.RefreshAtPercent,
        });
        var reason = plan.ReadyReason ?? ConditionReasons.SecretSynced;
        var message = plan.ReadyMessage ?? ConditionMessages.SecretSynced;

        var written = await WriteStatusAsync(sync, status => ApplySuccess(status, sync, plan, reason, message, newLease, schedule), cancellationToken).ConfigureAwait(false);
        if (!written)
        {
            return ReconcileResult.Retry($"could not record the status of ExternalSecret {sync.Namespace}/{sync.Name}");
        }

        _pending.Clear(sync.Uid);
        _memory.ResetFailures(key);
        if (newLease is not null)
        {
            _metrics.Refreshes.Add(1);
        }

        await EmitScheduleWarningsAsync(sync, schedule, cancellationToken).ConfigureAwait(false);
        Log.Synced(_logger, sync.Namespace, sync.Name, decision.Reason.ToString(), newLease is not null ? "new" : "current", lease?.LeaseId, Log.Time(lease?.ExpiresAt), Log.Time(schedule.NextRefreshAt));

        return RequeueAt(schedule.NextRefreshAt);
    }

    /// <summary>
    /// Records in the status the credential that the target already contains, as its sync record describes, without
    /// minting: the process that wrote the Secret stopped before its status write.
    /// </summary>
    private async Task<ReconcileResult> RecordTargetSyncAsync(SyncContext sync, TargetSyncRecord record, CancellationToken cancellationToken)
    {
        var schedule = _schedule.Next(new RefreshScheduleInput
        {
            ObjectUid = sync.Uid,
            RefreshPolicy = sync.RefreshPolicy,
            RefreshInterval = sync.RefreshInterval,
            LastRefresh = record.RefreshTime,
            Lease = record.Lease,
            RefreshAtPercent = sync.RefreshAtPercent,
        });
        var written = await WriteStatusAsync(sync, status => ApplyTargetRecord(status, sync, record, schedule), cancellationToken).ConfigureAwait(false);
        if (!written)
        {
            return ReconcileResult.Retry($"could not record the status of ExternalSecret {sync.Namespace}/{sync.Name}");
        }

        _pending.Clear(sync.Uid);
        Log.RecordedFromTarget(_logger, sync.Namespace, sync.Name, sync.TargetName, record.Lease?.LeaseId, Log.Time(schedule.NextRefreshAt));

        return RequeueAt(schedule.NextRefreshAt);
    }

    private static void ApplyTargetRecord(ExternalSecretStatus status, SyncContext sync, TargetSyncRecord record, RefreshPlan schedule)
    {
        SetReady(status, ConditionStatuses.True, ConditionReasons.SecretSynced, ConditionMessages.SecretSynced, sync.Now);
        status.RefreshTime = TruncateToSeconds(record.RefreshTime);
        status.SyncedResourceVersion = record.SyncedResourceVersion;
        status.Binding = new V1LocalObjectReference { Name = sync.TargetName };
        if (record.Lease is { } lease)
        {
            status.Lease = ToStatusLease(lease);
        }

        status.NextRefreshTime = schedule.NextRefreshAt is { } next ? TruncateToSeconds(next) : null;
    }

    private static void ApplySuccess(
        ExternalSecretStatus status,
        SyncContext sync,
        SecretMutationPlan plan,
        string reason,
        string message,
        GeneratedLease? newLease,
        RefreshPlan schedule)
    {
        SetReady(status, ConditionStatuses.True, reason, message, sync.Now);
        status.RefreshTime = TruncateToSeconds(sync.Now);
        status.SyncedResourceVersion = sync.MetaVersion;
        var bindingName = plan.BindingName ?? (plan.Action == SecretWriteAction.None && plan.Secret is null ? status.Binding?.Name : sync.TargetName);
        if (bindingName is not null)
        {
            status.Binding = new V1LocalObjectReference { Name = bindingName };
        }

        if (newLease is not null)
        {
            status.Lease = ToStatusLease(newLease);
        }

        status.NextRefreshTime = schedule.NextRefreshAt is { } next ? TruncateToSeconds(next) : null;
    }

    /// <summary>
    /// Writes the status through <paramref name="apply"/>, reading the object again after a conflict so the
    /// write lands on the newest version. Returns false when it could not be written.
    /// </summary>
    private async Task<bool> WriteStatusAsync(SyncContext sync, Action<ExternalSecretStatus> apply, CancellationToken cancellationToken)
    {
        var current = sync.ExternalSecret;
        for (var attempt = 1; attempt <= StatusWriteAttempts; attempt++)
        {
            var status = current.Status ?? new ExternalSecretStatus();
            var before = current.Status is null ? null : k8s.KubernetesJson.Serialize(status);
            apply(status);
            if (before is not null && k8s.KubernetesJson.Serialize(status) == before)
            {
                return true;
            }

            current.Status = status;
            try
            {
                await _api.ReplaceStatusAsync(current, cancellationToken).ConfigureAwait(false);

                return true;
            }
            catch (ConflictException)
            {
                Log.WriteConflict(_logger, sync.Namespace, sync.Name);
                current = await _api.ReadExternalSecretAsync(sync.Namespace, sync.Name, cancellationToken).ConfigureAwait(false);
                if (current is null || current.Metadata.Uid != sync.Uid)
                {
                    return true;
                }
            }
            catch (HttpOperationException exception)
            {
                Log.StatusWriteFailed(_logger, sync.Namespace, sync.Name, ApiErrorMessage(exception));

                return false;
            }
        }

        return false;
    }

    private async Task EmitScheduleWarningsAsync(SyncContext sync, RefreshPlan schedule, CancellationToken cancellationToken)
    {
        if (schedule.ExpirationWarning is { } expirationWarning && _memory.ShouldWarn(sync.Uid, EventReasons.ExpirationMissing, "missing"))
        {
            await _events.RecordAsync(sync.ExternalSecret, EventTypes.Warning, EventReasons.ExpirationMissing, expirationWarning, cancellationToken).ConfigureAwait(false);
        }

        // Once per generator change: an edited generator, another generator or another interval warns again.
        if (schedule.IntervalWarning is { } intervalWarning
            && _memory.ShouldWarn(sync.Uid, EventReasons.RefreshIntervalExceedsLifetime, sync.GeneratorFingerprints + "@" + sync.RefreshInterval))
        {
            await _events.RecordAsync(sync.ExternalSecret, EventTypes.Warning, EventReasons.RefreshIntervalExceedsLifetime, intervalWarning, cancellationToken).ConfigureAwait(false);
        }

        if (schedule.AnnotationError is { } annotationError && _memory.ShouldWarn(sync.Uid, EventReasons.InvalidAnnotation, sync.RefreshAtPercent ?? string.Empty))
        {
            await _events.RecordAsync(sync.ExternalSecret, EventTypes.Warning, EventReasons.InvalidAnnotation, annotationError, cancellationToken).ConfigureAwait(false);
        }
    }

    private static CredentialLease ToStatusLease(GeneratedLease lease) => new()
    {
        Id = lease.LeaseId,
        IssuedAt = TruncateToSeconds(lease.IssuedAt),
        Expiration = lease.ExpiresAt is { } expiresAt ? TruncateToSeconds(expiresAt) : null,
    };

    private static GeneratedLease? EarliestLease(IReadOnlyList<GeneratorOutput> outputs)
    {
        var earliest = outputs
            .OrderBy(output => output.Expiration ?? DateTimeOffset.MaxValue)
            .FirstOrDefault();

        return earliest is null ? null : new GeneratedLease(earliest.LeaseId, earliest.IssuedAt, earliest.Expiration, earliest.RawExpiration);
    }

    private static GeneratedLease? CurrentLease(SyncContext sync)
    {
        var lease = sync.ExternalSecret.Status?.Lease;
        if (lease?.IssuedAt is not { } issuedAt)
        {
            return null;
        }

        return new GeneratedLease(lease.Id, ToOffset(issuedAt)!.Value, ToOffset(lease.Expiration));
    }

    private static void SetReady(ExternalSecretStatus status, string conditionStatus, string reason, string message, DateTimeOffset now)
    {
        var existing = status.Conditions?
            .Where(condition => condition.Type is not null)
            .Select(condition => new StatusCondition(
                condition.Type!,
                condition.Status ?? ConditionStatuses.Unknown,
                condition.Reason ?? string.Empty,
                condition.Message ?? string.Empty,
                ToOffset(condition.LastTransitionTime) ?? now))
            .ToList();
        var update = ConditionTransition.Set(existing, ConditionTypes.Ready, conditionStatus, reason, message, now);
        status.Conditions = update.Conditions
            .Select(condition => new ExternalSecretStatusCondition
            {
                Type = condition.Type,
                Status = condition.Status,
                Reason = condition.Reason,
                Message = condition.Message,
                LastTransitionTime = TruncateToSeconds(condition.LastTransitionTime),
            })
            .ToList();
    }

    private static DateTime TruncateToSeconds(DateTimeOffset time) => Decisions.Durations.Rfc3339Time.ToSeconds(time).UtcDateTime;
}
