using System.Diagnostics.Metrics;
using Btwc.Operator.Runtime.Controllers.Internal;
using Btwc.Operator.Runtime.Informers;
using Btwc.Operator.Runtime.Internal;
using Btwc.Operator.Runtime.Leadership;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Runtime.Controllers;

/// <summary>
/// Runs one controller: starts its informers, waits until they have synced, then runs
/// <see cref="ControllerOptions.Workers"/> workers that take keys from the queue and pass them to the reconciler.
/// </summary>
/// <remarks>
/// With a <see cref="LeaderElection"/>, the informers run on every replica so a standby has a warm cache, but
/// workers run only while this replica leads; they are canceled when leadership is lost and start again when it
/// returns. The caller wires informer handlers to the queue. A reconciler exception is logged and the key retried
/// with backoff. On stop, the workers' passes are canceled, the queue shuts down and the informers stop.
/// </remarks>
/// <typeparam name="TKey">The queue key, usually <see cref="ObjectKey"/>.</typeparam>
public sealed partial class ControllerHost<TKey> : BackgroundService
    where TKey : notnull
{
    private readonly ControllerOptions _options;
    private readonly WorkQueue<TKey> _queue;
    private readonly IReconciler<TKey> _reconciler;
    private readonly IReadOnlyList<IInformer> _informers;
    private readonly LeaderElection? _leaderElection;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ControllerMetrics _metrics;
    private readonly Lock _workersLock = new();
    private CancellationTokenSource? _workersCancellation;
    private volatile bool _workersRunning;

    /// <summary>Creates the host.</summary>
    /// <param name="options">The controller's name and worker count.</param>
    /// <param name="queue">The queue the informer handlers add keys to.</param>
    /// <param name="reconciler">The reconciler of one key.</param>
    /// <param name="informers">The informers to start and wait for; their handlers are already registered.</param>
    /// <param name="leaderElection">The election that gates the workers, or null to run them always.</param>
    /// <param name="timeProvider">The clock for durations; null uses the system clock.</param>
    /// <param name="logger">The logger; null logs nothing.</param>
    /// <param name="meterFactory">The factory of the <c>Btwc.Operator</c> meter; null creates a meter the host owns.</param>
    public ControllerHost(
        ControllerOptions options,
        WorkQueue<TKey> queue,
        IReconciler<TKey> reconciler,
        IEnumerable<IInformer> informers,
        LeaderElection? leaderElection = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null,
        IMeterFactory? meterFactory = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _options.Validate();
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _reconciler = reconciler ?? throw new ArgumentNullException(nameof(reconciler));
        _informers = [.. informers ?? throw new ArgumentNullException(nameof(informers))];
        _leaderElection = leaderElection;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _metrics = new ControllerMetrics(_options.Name, meterFactory);
        _leaderElection?.AddLeadershipHandler(leading =>
        {
            if (!leading)
            {
                CancelWorkers();
            }
        });
    }

    /// <summary>Whether the workers are running: the informers have synced and, with leader election, this replica leads.</summary>
    public bool IsRunningWorkers => _workersRunning;

    /// <summary>Whether every informer has completed its first list, so the caches are warm; read by readiness probes.</summary>
    public bool InformersSynced => _informers.All(informer => informer.HasSynced);

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        _metrics.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var election = _leaderElection is null ? Task.CompletedTask : Task.Run(() => _leaderElection.RunAsync(stoppingToken), CancellationToken.None);
        try
        {
            await StartInformersAsync(stoppingToken).ConfigureAwait(false);
            do
            {
                if (_leaderElection is not null)
                {
                    Log.WaitingForLeadership(_logger, _options.Name);
                    await _leaderElection.WaitForLeadershipAsync(stoppingToken).ConfigureAwait(false);
                }

                await RunWorkersAsync(stoppingToken).ConfigureAwait(false);
            }
            while (_leaderElection is not null && !stoppingToken.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _queue.ShutDown();
            await Task.WhenAll(_informers.Select(i => i.StopAsync())).ConfigureAwait(false);
            await election.ConfigureAwait(false);
            Log.ControllerStopped(_logger, _options.Name);
        }
    }

    private async Task StartInformersAsync(CancellationToken stoppingToken)
    {
        Log.WaitingForSync(_logger, _options.Name, _informers.Count);
        foreach (var informer in _informers)
        {
            informer.Start();
        }

        await Task.WhenAll(_informers.Select(i => i.WaitForSyncAsync(stoppingToken))).ConfigureAwait(false);
    }

    private async Task RunWorkersAsync(CancellationToken stoppingToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        lock (_workersLock)
        {
            _workersCancellation = cancellation;
        }

        // Leadership may have been lost between the wait and the line above.
        if (_leaderElection is { IsLeader: false })
        {
            await cancellation.CancelAsync().ConfigureAwait(false);
        }

        Log.WorkersStarting(_logger, _options.Name, _options.Workers);
        _workersRunning = true;
        var workers = Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(() => WorkAsync(cancellation.Token), CancellationToken.None));
        await Task.WhenAll(workers).ConfigureAwait(false);
        _workersRunning = false;
        lock (_workersLock)
        {
            _workersCancellation = null;
        }

        Log.WorkersStopped(_logger, _options.Name);
    }

    private void CancelWorkers()
    {
        lock (_workersLock)
        {
            _workersCancellation?.Cancel();
        }
    }
}
