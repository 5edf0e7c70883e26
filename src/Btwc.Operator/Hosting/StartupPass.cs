using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Hosting;

/// <summary>
/// A reconciler wrapper that follows the first pass over the ExternalSecrets listed at the first reconcile, and
/// logs once when every one of them has been reconciled. After a restart or a leader change, that is when every
/// object's state has been checked again.
/// </summary>
public sealed partial class StartupPass : IReconciler<ObjectKey>
{
    private readonly IReconciler<ObjectKey> _inner;
    private readonly Func<IReadOnlyList<ObjectKey>> _initialKeys;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource<int> _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private HashSet<ObjectKey>? _remaining;
    private int _total;
    private long _startedAt;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="inner">The reconciler that does the work.</param>
    /// <param name="initialKeys">Lists the keys present when the first reconcile starts (the informers have synced by then).</param>
    /// <param name="time">The clock of the elapsed time in the log line.</param>
    /// <param name="logger">The logger.</param>
    public StartupPass(IReconciler<ObjectKey> inner, Func<IReadOnlyList<ObjectKey>> initialKeys, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(initialKeys);
        ArgumentNullException.ThrowIfNull(time);
        _inner = inner;
        _initialKeys = initialKeys;
        _time = time;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Completes with the number of objects once each object present at the first reconcile has been reconciled
    /// once. It stays incomplete while there is nothing to reconcile.
    /// </summary>
    public Task<int> Completed => _completed.Task;

    /// <inheritdoc />
    public async Task<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken)
    {
        Arm();
        var result = await _inner.ReconcileAsync(key, cancellationToken).ConfigureAwait(false);
        Finished(key);

        return result;
    }

    private void Arm()
    {
        lock (_lock)
        {
            if (_remaining is not null || _completed.Task.IsCompleted)
            {
                return;
            }

            _remaining = [.. _initialKeys()];
            _total = _remaining.Count;
            _startedAt = _time.GetTimestamp();
        }
    }

    private void Finished(ObjectKey key)
    {
        lock (_lock)
        {
            if (_remaining is null || !_remaining.Remove(key) || _remaining.Count > 0)
            {
                return;
            }

            _remaining = null;
        }

        var elapsed = _time.GetElapsedTime(_startedAt);
        Log.StartupPassDone(_logger, _total, (long)elapsed.TotalMilliseconds);
        _completed.TrySetResult(_total);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Reconciled all {Count} ExternalSecrets present at the first reconcile after start in {ElapsedMs} ms")]
        public static partial void StartupPassDone(ILogger logger, int count, long elapsedMs);
    }
}
