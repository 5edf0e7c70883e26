using System.Net;
using Btwc.Operator.Runtime.Internal;
using Btwc.Operator.Runtime.Leadership.Internal;
using k8s;
using k8s.Autorest;
using k8s.LeaderElection;
using k8s.LeaderElection.ResourceLock;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Runtime.Leadership;

/// <summary>
/// Leader election on a coordination.k8s.io Lease through KubernetesClient's <see cref="LeaderElector"/>,
/// so only one replica reconciles at a time.
/// </summary>
/// <remarks>
/// NOTE: <see cref="LeaderElector"/> (KubernetesClient 21) reads the system clock and sleeps with
/// <see cref="Task.Delay(TimeSpan, CancellationToken)"/>, so leader election cannot run on a fake clock.
/// </remarks>
public sealed class LeaderElection
{
    private readonly IKubernetes _client;
    private readonly LeaderElectionOptions _options;
    private readonly ILogger _logger;
    private readonly LeaseHealth _health;
    private readonly List<Action<bool>> _handlers = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _leading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _isLeader;
    private volatile string? _leader;

    /// <summary>Creates the election; call <see cref="RunAsync"/> to take part.</summary>
    public LeaderElection(IKubernetes client, LeaderElectionOptions options, ILogger? logger = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _options.Validate();
        _logger = logger ?? NullLogger.Instance;
        _health = new LeaseHealth(_logger, _options);
    }

    /// <summary>This replica's identity in the Lease.</summary>
    public string Identity => _options.Identity;

    /// <summary>Whether this replica holds the lease now.</summary>
    public bool IsLeader => _isLeader;

    /// <summary>The identity of the last observed leader, or null before one is observed.</summary>
    public string? CurrentLeader => _leader;

    /// <summary>
    /// Whether the last read or write of the Lease got a response from the API server. It is false before the
    /// first attempt and after a failed one. A standby with a reachable Lease is healthy.
    /// </summary>
    public bool IsLeaseReachable => _health.IsReachable;

    /// <summary>The message of the last failed Lease call, or null when the last call succeeded or none was made yet.</summary>
    public string? LastError => _health.LastError;

    /// <summary>
    /// Registers a handler called with true when this replica starts leading and with false when it stops.
    /// Handlers run on the election loop and should return quickly.
    /// </summary>
    public void AddLeadershipHandler(Action<bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock)
        {
            _handlers.Add(handler);
        }
    }

    /// <summary>Waits until this replica leads.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled first.</exception>
    public Task WaitForLeadershipAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _leading.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Takes part in the election until <paramref name="cancellationToken"/> is canceled: acquires the lease,
    /// renews it while leading, and tries again after losing it. On cancellation a leader releases the lease
    /// when <see cref="LeaderElectionOptions.ReleaseOnStop"/> is set.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var leaseLock = new LeaseLock(_client, _options.LeaseNamespace, _options.LeaseName, _options.Identity);
        var config = new LeaderElectionConfig(new ObservedLeaseLock(leaseLock, _health))
        {
            LeaseDuration = _options.LeaseDuration,
            RenewDeadline = _options.RenewDeadline,
            RetryPeriod = _options.RetryPeriod,
        };
        using var elector = new LeaderElector(config);
        elector.OnStartedLeading += () => SetLeader(true);
        elector.OnStoppedLeading += () => SetLeader(false);
        elector.OnNewLeader += leader =>
        {
            _leader = leader;
            Log.NewLeader(_logger, leader, _options.LeaseNamespace, _options.LeaseName);
        };
        elector.OnError += error => OnElectorError(error, cancellationToken);

        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await elector.RunUntilLeadershipLostAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _health.Failed(ex);
                try
                {
                    await Task.Delay(_options.RetryPeriod, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        if (_options.ReleaseOnStop)
        {
            await ReleaseAsync(leaseLock).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Shortens this replica's lease to one second. KubernetesClient 21's elector treats a lease without a holder
    /// as missing and tries to create it, so the holder stays and only the duration changes.
    /// </summary>
    private async Task ReleaseAsync(LeaseLock leaseLock)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.RenewDeadline);
            var record = await leaseLock.GetAsync(timeout.Token).ConfigureAwait(false);
            if (record?.HolderIdentity != _options.Identity)
            {
                return;
            }

            record.LeaseDurationSeconds = 1;
            record.RenewTime = DateTime.UtcNow;
            if (await leaseLock.UpdateAsync(record, timeout.Token).ConfigureAwait(false))
            {
                Log.LeaseReleased(_logger, _options.LeaseNamespace, _options.LeaseName);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or HttpOperationException or OperationCanceledException)
        {
            Log.LeaseReleaseFailed(_logger, _options.LeaseNamespace, _options.LeaseName, ex.Message);
        }
    }

    /// <summary>
    /// Records an error the elector reports. Two reports are not failures: a missing Lease (404), which the elector
    /// creates next, and the cancellation of a renewal when the election stops.
    /// </summary>
    private void OnElectorError(Exception error, CancellationToken stopping)
    {
        var notFound = error is HttpOperationException { Response.StatusCode: HttpStatusCode.NotFound };
        if (notFound || (stopping.IsCancellationRequested && error is OperationCanceledException))
        {
            return;
        }

        _health.Failed(error);
    }

    private void SetLeader(bool leading)
    {
        Action<bool>[] handlers;
        lock (_lock)
        {
            if (_isLeader == leading)
            {
                return;
            }

            _isLeader = leading;
            if (leading)
            {
                _leading.TrySetResult();
            }
            else
            {
                _leading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            handlers = [.. _handlers];
        }

        if (leading)
        {
            Log.StartedLeading(_logger, _options.Identity, _options.LeaseNamespace, _options.LeaseName);
        }
        else
        {
            Log.StoppedLeading(_logger, _options.Identity, _options.LeaseNamespace, _options.LeaseName);
        }

        foreach (var handler in handlers)
        {
            handler(leading);
        }
    }
}
