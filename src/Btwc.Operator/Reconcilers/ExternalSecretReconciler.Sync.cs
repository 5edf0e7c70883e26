using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Durations;
using Btwc.Operator.Decisions.Refresh;
using Btwc.Operator.Decisions.Restart;
using Btwc.Operator.Decisions.Scheduling;
using Btwc.Operator.Generators;
using Btwc.Operator.Reconcilers.Internal;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using k8s.Models;

namespace Btwc.Operator.Reconcilers;

public sealed partial class ExternalSecretReconciler
{
    private async Task<ReconcileResult> SyncAsync(ObjectKey key, ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var problem = SpecValidation.Check(externalSecret.Spec);
        if (problem is not null)
        {
            return await ReportSpecProblemAsync(key, externalSecret, problem, cancellationToken).ConfigureAwait(false);
        }

        if (!GoDuration.TryParse(externalSecret.Spec.RefreshInterval ?? "1h0m0s", out var interval, out var intervalError))
        {
            var message = $"spec.refreshInterval is invalid: {intervalError} Use a Go duration such as \"1h\", \"45m\" or \"0\".";

            return await ReportSpecProblemAsync(key, externalSecret, new SpecProblem(SpecValidation.InvalidSpecReason, message), cancellationToken).ConfigureAwait(false);
        }

        var sync = new SyncContext(externalSecret, interval, now);
        IReadOnlyList<GeneratorEntry> entries;
        try
        {
            await EnsureFinalizerAsync(sync, cancellationToken).ConfigureAwait(false);
            entries = await ResolveGeneratorsAsync(sync, cancellationToken).ConfigureAwait(false);
            sync.GeneratorFingerprints = string.Join(",", entries.Select(entry => entry.Generator.Fingerprint));
        }
        catch (GeneratorException exception)
        {
            return await ReportFailureAsync(key, sync, Failure.From(exception, null), cancellationToken).ConfigureAwait(false);
        }

        var partition = entries.Count > 0 ? BtwcDynamicSecretGenerator.PartitionOf(entries[0].Generator, sync.Namespace) : null;
        var result = await DecideAndSyncAsync(key, sync, entries, cancellationToken).ConfigureAwait(false);

        // Every result names the object's BeyondTrust site, so a 429 from that site throttles all its objects.
        return result.Partition is null && partition is not null ? result with { Partition = partition } : result;
    }

    private async Task<ReconcileResult> DecideAndSyncAsync(ObjectKey key, SyncContext sync, IReadOnlyList<GeneratorEntry> entries, CancellationToken cancellationToken)
    {
        var target = await _api.GetSecretAsync(sync.Namespace, sync.TargetName, cancellationToken).ConfigureAwait(false);
        var record = NewerTargetRecord(sync, target);
        var input = BuildRefreshInput(sync, target, record);
        var decision = RefreshDecision.Decide(input);
        if (decision.Action == RefreshAction.None)
        {
            _memory.MarkSeen(sync.Uid);
            if (decision.StatusLagging && record is not null)
            {
                return await RecordTargetSyncAsync(sync, record, cancellationToken).ConfigureAwait(false);
            }

            Log.NotDue(_logger, sync.Namespace, sync.Name, Log.Time(decision.NextCheckAt));

            return RequeueAt(decision.NextCheckAt);
        }

        var deferred = DeferAfterRestart(sync, input, decision);
        if (deferred is not null)
        {
            return deferred;
        }

        // A target deleted or edited by someone else can be the garbage collector reacting to a deleted
        // ExternalSecret that the cache still shows, so confirm the object before minting for it.
        if (decision.Reason is RefreshReason.TargetMissing or RefreshReason.TargetNotManaged or RefreshReason.TargetDrifted
            && !await _api.IsCurrentAsync(sync.ExternalSecret, cancellationToken).ConfigureAwait(false))
        {
            return ReconcileResult.Requeue(ConflictRetryDelay);
        }

        Log.Syncing(_logger, sync.Namespace, sync.Name, decision.Reason.ToString());
        if (decision.Action == RefreshAction.SyncWithoutGeneration)
        {
            return await SyncWithoutGenerationAsync(key, sync, target, decision, cancellationToken).ConfigureAwait(false);
        }

        return await RefreshAsync(key, sync, entries, target, decision, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<GeneratorEntry>> ResolveGeneratorsAsync(SyncContext sync, CancellationToken cancellationToken)
    {
        var entries = new List<GeneratorEntry>();
        var dataFrom = sync.ExternalSecret.Spec.DataFrom ?? [];
        for (var index = 0; index < dataFrom.Count; index++)
        {
            var reference = dataFrom[index].SourceRef?.GeneratorRef;
            if (reference is null)
            {
                continue;
            }

            var fieldPath = $"spec.dataFrom[{index}].sourceRef.generatorRef";
            var generator = await _resolver.ResolveAsync(sync.Namespace, reference, fieldPath, cancellationToken).ConfigureAwait(false);
            entries.Add(new GeneratorEntry(index, generator));
        }

        return entries;
    }

    private RefreshInput BuildRefreshInput(SyncContext sync, V1Secret? target, TargetSyncRecord? record)
    {
        var status = sync.ExternalSecret.Status;

        return new RefreshInput
        {
            RefreshPolicy = sync.RefreshPolicy,
            RefreshInterval = sync.RefreshInterval,
            MetaVersion = sync.MetaVersion,
            SyncedResourceVersion = status?.SyncedResourceVersion,
            RefreshTime = ToOffset(status?.RefreshTime),
            RememberedSync = record is null ? null : new RememberedSync(record.SyncedResourceVersion, record.RefreshTime),
            HasSyncWindows = sync.ExternalSecret.Spec.SyncWindows is not null,
            CreationPolicy = sync.CreationPolicy,
            TargetImmutable = sync.TargetImmutable,
            Target = SecretConversion.ToTargetState(target),
            Lease = record?.Lease is { } recordedLease ? _schedule.LeaseTiming(sync.Uid, recordedLease, sync.RefreshAtPercent) : LeaseTimingOf(sync),
            Now = sync.Now,
        };
    }

    /// <summary>
    /// Returns the sync recorded on the target by this ExternalSecret when it is newer than the status: the
    /// Secret was written but the status write that followed was lost (a crash, or a failure before a restart).
    /// </summary>
    private static TargetSyncRecord? NewerTargetRecord(SyncContext sync, V1Secret? target)
    {
        string? value = null;
        target?.Metadata?.Annotations?.TryGetValue(BtwcMetadata.LastSyncAnnotation, out value);
        var record = TargetSyncRecord.Parse(value);
        if (record is null || record.Uid != sync.Uid)
        {
            return null;
        }

        var status = sync.ExternalSecret.Status;
        var statusRefresh = ToOffset(status?.RefreshTime);
        var statusSynced = !string.IsNullOrEmpty(status?.SyncedResourceVersion) && statusRefresh is not null;

        return !statusSynced || record.RefreshTime > statusRefresh ? record : null;
    }

    private LeaseTiming? LeaseTimingOf(SyncContext sync)
    {
        var lease = sync.ExternalSecret.Status?.Lease;
        if (lease?.Expiration is not { } expiration || lease.IssuedAt is not { } issuedAt)
        {
            return null;
        }

        var generated = new GeneratedLease(lease.Id, ToOffset(issuedAt)!.Value, ToOffset(expiration));

        return _schedule.LeaseTiming(sync.Uid, generated, sync.RefreshAtPercent);
    }

    /// <summary>
    /// Spreads the refreshes that are overdue when this process first reconciles an object (after a start, an
    /// upgrade or a leader change), so a restarted operator does not mint for the whole fleet at once.
    /// Never-synced objects and objects with a missing target are not delayed.
    /// </summary>
    private ReconcileResult? DeferAfterRestart(SyncContext sync, RefreshInput input, RefreshResult decision)
    {
        if (!_memory.MarkSeen(sync.Uid) || decision.Reason is RefreshReason.NeverSynced or RefreshReason.TargetMissing)
        {
            return null;
        }

        var plan = _restart.Decide(new RestartInput { Refresh = input, NextRefreshTime = ToOffset(sync.ExternalSecret.Status?.NextRefreshTime) });
        if (!plan.RefreshNow || plan.RunAt is not { } runAt || runAt <= sync.Now)
        {
            return null;
        }

        return ReconcileResult.Requeue(runAt - sync.Now, ToWorkPriority(plan.Priority));
    }

    /// <summary>
    /// Requeues for <paramref name="at"/>, measured from the current time rather than the sync's start, so a slow
    /// sync does not push the next refresh later by its own duration.
    /// </summary>
    private ReconcileResult RequeueAt(DateTimeOffset? at)
    {
        if (at is not { } next)
        {
            return ReconcileResult.Done();
        }

        var now = _time.GetUtcNow();

        return ReconcileResult.Requeue(next > now ? next - now : TimeSpan.Zero);
    }

    private static WorkPriority ToWorkPriority(QueuePriority priority) => priority switch
    {
        QueuePriority.NeverSynced => WorkPriority.NeverSynced,
        QueuePriority.Expiring => WorkPriority.Expiring,
        QueuePriority.Overdue => WorkPriority.Overdue,
        _ => WorkPriority.Routine,
    };

    private static DateTimeOffset? ToOffset(DateTime? time) =>
        time is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
