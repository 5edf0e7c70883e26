using System.Net;
using Btwc.Operator.Runtime.Internal;
using k8s;
using k8s.Autorest;
using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Runtime.Informers;

/// <summary>The list-then-watch loop.</summary>
public sealed partial class Informer<T>
{
    private const int MaxBackoffExponent = 20;
    private static readonly TimeSpan QuickCloseThreshold = TimeSpan.FromSeconds(1);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        string? watchFrom = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (watchFrom is null)
                {
                    watchFrom = await ListAsync(cancellationToken).ConfigureAwait(false);
                    failures = 0;
                }

                var started = _timeProvider.GetTimestamp();
                var outcome = await WatchAsync(watchFrom, cancellationToken).ConfigureAwait(false);
                if (outcome.Expired)
                {
                    Log.WatchExpired(_logger, Kind, watchFrom);
                    watchFrom = null;
                    continue;
                }

                Log.WatchClosed(_logger, Kind, outcome.EventCount, outcome.ResourceVersion);
                watchFrom = outcome.ResourceVersion;
                if (outcome.EventCount > 0 || _timeProvider.GetElapsedTime(started) >= QuickCloseThreshold)
                {
                    failures = 0;
                    continue;
                }

                // A watch that closes at once without a single event counts as a failure, so a server that keeps
                // doing that is not called in a hot loop.
                failures++;
                await DelayAsync(failures, null, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (IsGone(ex))
            {
                Log.WatchExpired(_logger, Kind, watchFrom ?? "");
                watchFrom = null;
            }
            catch (Exception ex)
            {
                // A dropped watch resumes from the last event it applied; a failed list leaves nothing to resume.
                if (watchFrom is not null)
                {
                    watchFrom = ResourceVersion;
                }

                failures++;
                try
                {
                    await DelayAsync(failures, ex, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        Log.InformerStopped(_logger, Kind);
    }

    private async Task<string> ListAsync(CancellationToken cancellationToken)
    {
        _metrics.Listed();
        var list = await _client.ListAsync(_options.Namespace, _options.LabelSelector, cancellationToken).ConfigureAwait(false);
        Log.Listed(_logger, list.Items.Count, Kind, list.ResourceVersion);
        ReplaceCache(list.Items);
        Volatile.Write(ref _resourceVersion, list.ResourceVersion);
        _synced.TrySetResult();

        return list.ResourceVersion;
    }

    private async Task<WatchOutcome> WatchAsync(string resourceVersion, CancellationToken cancellationToken)
    {
        using var watchCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var expired = false;
        var eventCount = 0;
        var timeout = _options.WatchTimeout * (1 + _random.NextDouble());

        void OnError(Exception ex)
        {
            if (IsGone(ex))
            {
                // KubernetesClient passes the ERROR event to this callback and keeps reading the stream, so the
                // watch is ended here instead of waiting for the server to close it.
                expired = true;
                watchCancellation.Cancel();

                return;
            }

            Log.WatchError(_logger, ex, Kind);
        }

        _metrics.Watched();
        try
        {
            var events = _client.WatchAsync(_options.Namespace, _options.LabelSelector, resourceVersion, timeout, OnError, watchCancellation.Token);
            await foreach (var (type, obj) in events.ConfigureAwait(false))
            {
                eventCount++;
                _metrics.Received(type.ToString());
                var version = obj?.Metadata?.ResourceVersion;
                if (obj is not null)
                {
                    Apply(type, obj);
                }

                if (!string.IsNullOrEmpty(version))
                {
                    resourceVersion = version;
                    Volatile.Write(ref _resourceVersion, version);
                }
            }
        }
        catch (OperationCanceledException) when (expired && !cancellationToken.IsCancellationRequested)
        {
        }

        return new WatchOutcome(resourceVersion, eventCount, expired);
    }

    private void Apply(WatchEventType type, T obj)
    {
        if (type == WatchEventType.Bookmark)
        {
            return;
        }

        using var scope = _logger.BeginScope(ObjectLogScope.For(Kind, obj));
        Log.WatchEvent(_logger, type.ToString(), Kind, obj.Metadata?.NamespaceProperty, obj.Metadata?.Name, obj.Metadata?.ResourceVersion);
        var key = ObjectKey.From(obj);
        InformerEvent<T>? change;
        lock (_cacheLock)
        {
            _cache.TryGetValue(key, out var cached);
            if (type == WatchEventType.Deleted)
            {
                _cache.Remove(key);
                change = new InformerEvent<T>(InformerEventType.Deleted, obj, null, FromRelist: false);
            }
            else
            {
                _cache[key] = obj;
                change = cached is null
                    ? new InformerEvent<T>(InformerEventType.Added, obj, null, FromRelist: false)
                    : new InformerEvent<T>(InformerEventType.Updated, obj, cached, FromRelist: false);
            }
        }

        Notify(change);
    }

    /// <summary>Replaces the cache with a fresh list and reports the difference as adds, updates and deletes.</summary>
    private void ReplaceCache(IReadOnlyList<T> items)
    {
        var changes = new List<InformerEvent<T>>();
        lock (_cacheLock)
        {
            var previous = new Dictionary<ObjectKey, T>(_cache);
            _cache.Clear();
            foreach (var item in items)
            {
                var key = ObjectKey.From(item);
                _cache[key] = item;
                if (!previous.Remove(key, out var old))
                {
                    changes.Add(new InformerEvent<T>(InformerEventType.Added, item, null, FromRelist: true));
                }
                else if (old.Metadata?.ResourceVersion != item.Metadata?.ResourceVersion)
                {
                    changes.Add(new InformerEvent<T>(InformerEventType.Updated, item, old, FromRelist: true));
                }
            }

            changes.AddRange(previous.Values.Select(gone => new InformerEvent<T>(InformerEventType.Deleted, gone, null, FromRelist: true)));
        }

        foreach (var change in changes)
        {
            using var scope = _logger.BeginScope(ObjectLogScope.For(Kind, change.Object));
            Notify(change);
        }
    }

    private async Task DelayAsync(int failures, Exception? error, CancellationToken cancellationToken)
    {
        var exponent = Math.Min(failures - 1, MaxBackoffExponent);
        var seconds = _options.InitialReconnectDelay.TotalSeconds * Math.Pow(2, exponent);
        seconds += seconds * _options.ReconnectJitter * _random.NextDouble();
        var delay = TimeSpan.FromSeconds(Math.Min(seconds, _options.MaxReconnectDelay.TotalSeconds));
        if (error is not null)
        {
            Log.WatchRetry(_logger, error, Kind, (long)delay.TotalMilliseconds, failures);
        }

        await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsGone(Exception ex) => ex switch
    {
        KubernetesException { Status.Code: (int)HttpStatusCode.Gone } => true,
        HttpOperationException { Response.StatusCode: HttpStatusCode.Gone } => true,
        _ => false,
    };

    private readonly record struct WatchOutcome(string ResourceVersion, int EventCount, bool Expired);
}
