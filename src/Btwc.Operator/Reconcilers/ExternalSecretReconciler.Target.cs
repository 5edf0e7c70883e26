using System.Text.Json;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Decisions.Mutation;
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
    /// <summary>The delay before retrying after a write conflict: long enough for the watch to deliver the newer object.</summary>
    private static readonly TimeSpan ConflictRetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Performs the write of the mutation plan. Returns null to continue, or the result that ends this sync.</summary>
    private async Task<ReconcileResult?> ApplyPlanAsync(
        ObjectKey key,
        SyncContext sync,
        V1Secret? target,
        SecretMutationPlan plan,
        CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(sync, target, plan, cancellationToken).ConfigureAwait(false);
        }
        catch (ConflictException)
        {
            Log.WriteConflict(_logger, sync.Namespace, sync.Name);

            return ReconcileResult.Requeue(ConflictRetryDelay);
        }
        catch (HttpOperationException exception)
        {
            var detail = $"could not write Secret \"{sync.TargetName}\" in namespace \"{sync.Namespace}\": {ApiErrorMessage(exception)}";
            var failure = new Failure(ConditionReasons.SecretSyncedError, $"{ConditionMessages.UpdateSecretFailed}: {detail}", detail, FailureClass.Transient);

            return await ReportFailureAsync(key, sync, failure, cancellationToken).ConfigureAwait(false);
        }

        if (plan.Failure is { } planFailure)
        {
            var failure = new Failure(ConditionReasons.SecretSyncedError, planFailure.ConditionMessage, planFailure.EventMessage, planFailure.FailureClass);

            return await ReportFailureAsync(key, sync, failure, cancellationToken).ConfigureAwait(false);
        }

        if (plan.EventReason is { } reason && plan.Action != SecretWriteAction.None)
        {
            await _events.RecordAsync(sync.ExternalSecret, EventTypes.Normal, reason, plan.EventMessage ?? reason, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task WriteAsync(SyncContext sync, V1Secret? target, SecretMutationPlan plan, CancellationToken cancellationToken)
    {
        switch (plan.Action)
        {
            case SecretWriteAction.Create:
                await _api.CreateSecretAsync(SecretConversion.ToV1Secret(plan.Secret!, null), sync.FieldManager, cancellationToken).ConfigureAwait(false);
                await DeleteOrphansAsync(sync, plan, cancellationToken).ConfigureAwait(false);
                break;

            case SecretWriteAction.Update:
                await _api.ReplaceSecretAsync(SecretConversion.ToV1Secret(plan.Secret!, target), sync.FieldManager, cancellationToken).ConfigureAwait(false);
                break;

            case SecretWriteAction.Delete when target is not null:
                await _api.DeleteSecretAsync(sync.Namespace, target.Metadata.Name, target.Metadata.Uid, cancellationToken).ConfigureAwait(false);
                break;

            default:
                break;
        }
    }

    /// <summary>
    /// Deletes Secrets that this ExternalSecret created under an earlier <c>target.name</c>. A rename always
    /// creates the new target and leaves the old name in <c>status.binding</c>, so this runs only after a create
    /// whose binding names another Secret, not on every sync as in ESO.
    /// </summary>
    private async Task DeleteOrphansAsync(SyncContext sync, SecretMutationPlan plan, CancellationToken cancellationToken)
    {
        var boundName = sync.ExternalSecret.Status?.Binding?.Name;
        if (plan.OrphanSelector is not { } selector || string.IsNullOrEmpty(boundName) || boundName == sync.TargetName)
        {
            return;
        }

        var owned = await _api.ListSecretsAsync(sync.Namespace, selector, cancellationToken).ConfigureAwait(false);
        foreach (var secret in owned.Where(secret => secret.Metadata.Name != sync.TargetName))
        {
            await _api.DeleteSecretAsync(sync.Namespace, secret.Metadata.Name, secret.Metadata.Uid, cancellationToken).ConfigureAwait(false);
            await _events.RecordAsync(sync.ExternalSecret, EventTypes.Normal, EventReasons.Deleted, EventMessages.SecretDeletedOrphaned, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Returns the API server's own message for a failed call, without the request body.</summary>
    private static string ApiErrorMessage(HttpOperationException exception)
    {
        var status = (int)exception.Response.StatusCode;
        try
        {
            using var document = JsonDocument.Parse(exception.Response.Content ?? "{}");
            if (document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                var text = message.GetString() ?? string.Empty;

                return $"HTTP {status}: {(text.Length > 512 ? text[..512] + "..." : text)}";
            }
        }
        catch (JsonException)
        {
            // Not a Status object: fall back to the status code.
        }

        return $"HTTP {status}";
    }
}
