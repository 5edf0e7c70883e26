using Btwc.Operator.Runtime.Controllers.Internal;
using Btwc.Operator.Runtime.Internal;

namespace Btwc.Operator.Runtime.Controllers;

/// <summary>The worker loop and how a reconcile result turns into queue calls.</summary>
public sealed partial class ControllerHost<TKey>
{
    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            WorkItem<TKey>? item;
            try
            {
                item = await _queue.GetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (item is null)
            {
                return;
            }

            await ProcessAsync(item.Value, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ProcessAsync(WorkItem<TKey> item, CancellationToken cancellationToken)
    {
        var key = item.Key;
        using var scope = _logger.BeginScope(KeyLogScope.For(_options.Name, key));
        var started = _timeProvider.GetTimestamp();
        try
        {
            var result = await _reconciler.ReconcileAsync(key, cancellationToken).ConfigureAwait(false);
            var elapsed = _timeProvider.GetElapsedTime(started);
            _metrics.Reconciled(result.RetryClass, elapsed);
            Apply(item, result, elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The pass was cut short by shutdown or lost leadership, so it runs again when workers resume.
            _queue.Add(key, item.Priority);
        }
        catch (Exception ex)
        {
            _metrics.Reconciled(RetryClass.Transient, _timeProvider.GetElapsedTime(started));
            var delay = _queue.AddRateLimited(key, item.Priority);
            Log.ReconcileThrew(_logger, ex, _options.Name, key.ToString(), (long)delay.TotalMilliseconds, _queue.GetFailures(key));
        }
        finally
        {
            _queue.Done(key);
        }
    }

    private void Apply(WorkItem<TKey> item, ReconcileResult result, TimeSpan elapsed)
    {
        var key = item.Key;
        var keyText = key.ToString();
        if (result.Partition is not null)
        {
            _queue.SetPartition(key, result.Partition);
        }

        switch (result.RetryClass)
        {
            case RetryClass.None:
                _queue.Forget(key);
                if (result.RequeueAfter is { } after)
                {
                    _queue.AddAfter(key, after, result.Priority);
                }

                Log.Reconciled(_logger, _options.Name, keyText, (long)elapsed.TotalMilliseconds, (long?)result.RequeueAfter?.TotalMilliseconds);
                break;

            case RetryClass.Transient:
                var delay = _queue.AddRateLimited(key, result.Priority, maxDelay: result.MaxRetryDelay);
                Log.ReconcileFailed(_logger, _options.Name, keyText, result.Error, (long)delay.TotalMilliseconds, _queue.GetFailures(key));
                break;

            case RetryClass.RateLimited:
                var retryAfter = result.RetryAfter ?? TimeSpan.Zero;
                if (result.Partition is not null)
                {
                    _queue.Throttle(result.Partition, _timeProvider.GetUtcNow() + retryAfter);
                }

                var wait = _queue.AddRateLimited(key, result.Priority, minDelay: retryAfter, maxDelay: result.MaxRetryDelay);
                Log.ReconcileRateLimited(_logger, _options.Name, keyText, result.Partition, result.Error, (long)wait.TotalMilliseconds);
                break;

            case RetryClass.Permanent:
                _queue.Forget(key);
                if (result.RequeueAfter is { } later)
                {
                    _queue.AddAfter(key, later, result.Priority);
                }

                Log.ReconcileFailedPermanently(_logger, _options.Name, keyText, result.Error, (long?)result.RequeueAfter?.TotalMilliseconds);
                break;

            default:
                throw new InvalidOperationException($"Unknown retry class '{result.RetryClass}' in the result of {keyText}.");
        }
    }
}
