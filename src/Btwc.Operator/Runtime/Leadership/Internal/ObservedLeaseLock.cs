using System.Net;
using k8s.Autorest;
using k8s.LeaderElection;

namespace Btwc.Operator.Runtime.Leadership.Internal;

/// <summary>
/// Wraps the Lease lock to report each call's outcome to <see cref="LeaseHealth"/>. KubernetesClient 21's elector
/// swallows some errors, such as a 500 on reading the Lease, so only the lock itself observes every failure.
/// </summary>
internal sealed class ObservedLeaseLock(ILock inner, LeaseHealth health) : ILock
{
    public string Identity => inner.Identity;

    public async Task<LeaderElectionRecord> GetAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var record = await inner.GetAsync(cancellationToken).ConfigureAwait(false);
            health.Succeeded();

            return record;
        }
        catch (HttpOperationException exception) when (exception.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            // A 404 is a response from the API server, and the elector creates the missing Lease next.
            health.Succeeded();
            throw;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            health.Failed(exception);
            throw;
        }
    }

    /// <remarks>
    /// False means the API server returned an error status, such as a conflict with another replica's write.
    /// The lock does not say which, so false is recorded as neither success nor failure.
    /// </remarks>
    public Task<bool> CreateAsync(LeaderElectionRecord record, CancellationToken cancellationToken = default) =>
        ObserveWriteAsync(inner.CreateAsync(record, cancellationToken), cancellationToken);

    /// <remarks>False is recorded as neither success nor failure, as in <see cref="CreateAsync"/>.</remarks>
    public Task<bool> UpdateAsync(LeaderElectionRecord record, CancellationToken cancellationToken = default) =>
        ObserveWriteAsync(inner.UpdateAsync(record, cancellationToken), cancellationToken);

    public string Describe() => inner.Describe();

    private async Task<bool> ObserveWriteAsync(Task<bool> write, CancellationToken cancellationToken)
    {
        try
        {
            var written = await write.ConfigureAwait(false);
            if (written)
            {
                health.Succeeded();
            }

            return written;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            health.Failed(exception);
            throw;
        }
    }
}
