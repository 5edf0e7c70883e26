using System.Text;
using System.Text.RegularExpressions;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Decisions.Durations;
using Btwc.Operator.Decisions.Mutation;
using Btwc.Operator.Decisions.Refresh;
using Btwc.Operator.Generators;
using Btwc.Operator.Reconcilers.Internal;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using k8s.Models;

namespace Btwc.Operator.Reconcilers;

public sealed partial class ExternalSecretReconciler
{
    private async Task<ReconcileResult> RefreshAsync(
        ObjectKey key,
        SyncContext sync,
        IReadOnlyList<GeneratorEntry> entries,
        V1Secret? target,
        RefreshResult decision,
        CancellationToken cancellationToken)
    {
        var outputs = new List<GeneratorOutput>();
        foreach (var entry in entries)
        {
            var output = await TakeOrMintAsync(sync, entry, cancellationToken).ConfigureAwait(false);
            if (output.Failure is { } failure)
            {
                return await ReportFailureAsync(key, sync, failure, cancellationToken).ConfigureAwait(false);
            }

            outputs.Add(output.Value!);
        }

        var data = MergeProviderData(outputs, out var keyError);
        if (keyError is not null)
        {
            var failure = new Failure(ConditionReasons.SecretSyncedError, ConditionMessages.GetSecretDataFailed, keyError, FailureClass.Configuration);

            return await ReportFailureAsync(key, sync, failure, cancellationToken).ConfigureAwait(false);
        }

        var plan = SecretMutationPlanner.Plan(new SecretMutationInput
        {
            ExternalSecret = Identity(sync),
            SyncRecord = new TargetSyncRecord(sync.Uid, sync.MetaVersion, Rfc3339Time.ToSeconds(sync.Now), EarliestLease(outputs)),
            Target = TargetSpecOf(sync),
            Existing = SecretConversion.ToExisting(target),
            ProviderData = data,
        });
        var written = await ApplyPlanAsync(key, sync, target, plan, cancellationToken).ConfigureAwait(false);
        if (written is not null)
        {
            return written;
        }

        return await RecordSuccessAsync(key, sync, plan, outputs, decision, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReconcileResult> SyncWithoutGenerationAsync(
        ObjectKey key,
        SyncContext sync,
        V1Secret? target,
        RefreshResult decision,
        CancellationToken cancellationToken)
    {
        var plan = SecretMutationPlanner.Plan(new SecretMutationInput
        {
            ExternalSecret = Identity(sync),
            Target = TargetSpecOf(sync),
            Existing = SecretConversion.ToExisting(target),
            ProviderData = null,
        });
        if (decision.SkipReason == GenerationSkipReason.ImmutableTarget)
        {
            var written = await ApplyPlanAsync(key, sync, target, plan, cancellationToken).ConfigureAwait(false);
            if (written is not null)
            {
                return written;
            }
        }

        var reason = decision.ReadyReason ?? plan.ReadyReason ?? ConditionReasons.SecretSynced;
        var message = decision.ReadyMessage ?? plan.ReadyMessage ?? ConditionMessages.SecretSynced;
        var synced = plan with { ReadyReason = reason, ReadyMessage = message };

        return await RecordSuccessAsync(key, sync, synced, [], decision, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(GeneratorOutput? Value, Failure? Failure)> TakeOrMintAsync(SyncContext sync, GeneratorEntry entry, CancellationToken cancellationToken)
    {
        var pending = _pending.Find(sync.Uid, entry.Index, entry.Generator.Fingerprint, sync.Now);
        if (pending is not null)
        {
            _metrics.ReusedCredentials.Add(1);
            Log.ReusingCredential(_logger, sync.Namespace, sync.Name, entry.Index, pending.LeaseId);

            return (pending, null);
        }

        try
        {
            var output = await _generator.GenerateAsync(entry.Generator, sync.Namespace, cancellationToken).ConfigureAwait(false);
            _pending.Put(sync.Uid, entry.Index, entry.Generator.Fingerprint, output);
            _metrics.Generations.Add(1, new KeyValuePair<string, object?>("outcome", "success"));
            Log.Minted(_logger, sync.Namespace, sync.Name, entry.Index, output.LeaseId, Log.Time(output.Expiration));

            return (output, null);
        }
        catch (GeneratorException exception)
        {
            _metrics.Generations.Add(1, new KeyValuePair<string, object?>("outcome", exception.Reason));

            return (null, Failure.From(exception, entry.FieldPath));
        }
    }

    /// <summary>
    /// Merges the generator outputs in <c>dataFrom</c> order (a later entry wins a key), keeping every key the
    /// API returned. Values are written as UTF-8 text, exactly as returned.
    /// </summary>
    private static List<KeyValuePair<string, byte[]>> MergeProviderData(IReadOnlyList<GeneratorOutput> outputs, out string? error)
    {
        var merged = new List<KeyValuePair<string, byte[]>>();
        error = null;
        foreach (var output in outputs)
        {
            foreach (var (key, value) in output.Values)
            {
                if (!SecretKeyPattern().IsMatch(key) || key.Length > 253)
                {
                    error = $"invalid secret keys (TIP: use rewrite or conversionStrategy to change keys): the generator returned key \"{key}\", which is not a valid Secret key (letters, digits, '-', '_' and '.', at most 253 characters)";

                    return merged;
                }

                merged.RemoveAll(existing => existing.Key == key);
                merged.Add(new KeyValuePair<string, byte[]>(key, Encoding.UTF8.GetBytes(value)));
            }
        }

        return merged;
    }

    private static ExternalSecretIdentity Identity(SyncContext sync) => new()
    {
        Namespace = sync.Namespace,
        Name = sync.Name,
        Uid = sync.Uid,
        Labels = sync.ExternalSecret.Metadata.Labels is { } labels ? new Dictionary<string, string>(labels) : new Dictionary<string, string>(),
        Annotations = sync.ExternalSecret.Metadata.Annotations is { } annotations ? new Dictionary<string, string>(annotations) : new Dictionary<string, string>(),
    };

    private static TargetSpec TargetSpecOf(SyncContext sync) => new()
    {
        Name = sync.TargetName,
        CreationPolicy = sync.CreationPolicy,
        DeletionPolicy = sync.DeletionPolicy,
        Immutable = sync.TargetImmutable,
    };

    [GeneratedRegex("^[-._a-zA-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretKeyPattern();
}
