using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Reconcilers.Internal;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Runtime.Events;

namespace Btwc.Operator.Reconcilers;

public sealed partial class ExternalSecretReconciler
{
    /// <summary>
    /// Adds ESO's clean-up finalizer when <c>deletionPolicy</c> is <c>Delete</c>, the only policy whose clean-up
    /// needs it. ESO adds it to every ExternalSecret; skipping it elsewhere saves a write per object.
    /// </summary>
    private async Task EnsureFinalizerAsync(SyncContext sync, CancellationToken cancellationToken)
    {
        var metadata = sync.ExternalSecret.Metadata;
        var finalizers = metadata.Finalizers ?? [];
        if (sync.DeletionPolicy != Decisions.DeletionPolicy.Delete || finalizers.Contains(EsoMetadata.ExternalSecretFinalizer))
        {
            return;
        }

        var updated = await _api.SetFinalizersAsync(sync.ExternalSecret, [.. finalizers, EsoMetadata.ExternalSecretFinalizer], cancellationToken).ConfigureAwait(false);
        metadata.ResourceVersion = updated.Metadata.ResourceVersion;
        metadata.Finalizers = updated.Metadata.Finalizers;
    }

    /// <summary>
    /// Runs the clean-up of a deleted ExternalSecret: with <c>deletionPolicy: Delete</c> the target Secret is
    /// deleted if this ExternalSecret controls it; then the finalizer is removed. Owner-policy Secrets are also
    /// removed by garbage collection through their ownerReference.
    /// </summary>
    private async Task<ReconcileResult> FinalizeAsync(ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        var finalizers = externalSecret.Metadata.Finalizers ?? [];
        if (!finalizers.Contains(EsoMetadata.ExternalSecretFinalizer))
        {
            return ReconcileResult.Done();
        }

        var sync = new SyncContext(externalSecret, TimeSpan.Zero, _time.GetUtcNow());
        if (sync.DeletionPolicy == Decisions.DeletionPolicy.Delete)
        {
            var target = await _api.GetSecretAsync(sync.Namespace, sync.TargetName, cancellationToken).ConfigureAwait(false);
            var controlled = target?.Metadata.OwnerReferences?.Any(owner => owner.Controller == true && owner.Uid == sync.Uid) == true;
            if (target is not null && controlled)
            {
                await _api.DeleteSecretAsync(sync.Namespace, target.Metadata.Name, target.Metadata.Uid, cancellationToken).ConfigureAwait(false);
                await _events.RecordAsync(externalSecret, EventTypes.Normal, EventReasons.Deleted, EventMessages.SecretDeleted, cancellationToken).ConfigureAwait(false);
            }
        }

        var remaining = finalizers.Where(finalizer => finalizer != EsoMetadata.ExternalSecretFinalizer).ToList();
        await _api.SetFinalizersAsync(externalSecret, remaining, cancellationToken).ConfigureAwait(false);

        return ReconcileResult.Done();
    }
}
