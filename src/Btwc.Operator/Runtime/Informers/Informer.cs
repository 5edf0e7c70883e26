using System.Diagnostics.Metrics;
using Btwc.Operator.Runtime.Informers.Internal;
using Btwc.Operator.Runtime.Internal;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Runtime.Informers;

/// <summary>
/// Keeps an in-memory cache of one kind up to date by list-then-watch, and reports each change to handlers.
/// </summary>
/// <remarks>
/// <para>
/// The informer lists, then watches from the list's resource version with bookmarks allowed, and keeps the
/// resource version of the last event or bookmark. When the watch closes or drops, it watches again from that
/// version after a backoff with jitter. When the server answers 410 Gone, it lists again and reports objects that
/// vanished meanwhile as deletes with <see cref="InformerEvent{T}.FromRelist"/> set.
/// </para>
/// <para>
/// The cache holds only the objects that match <see cref="InformerOptions.LabelSelector"/> in
/// <see cref="InformerOptions.Namespace"/>, so its memory is bounded by them.
/// Handlers run on the watch loop, one event at a time; they should only enqueue keys.
/// </para>
/// </remarks>
/// <typeparam name="T">The object type.</typeparam>
public sealed partial class Informer<T> : IInformer, IAsyncDisposable
    where T : class, IKubernetesObject<V1ObjectMeta>
{
    private readonly IResourceClient<T> _client;
    private readonly InformerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;
    private readonly ILogger _logger;
    private readonly InformerMetrics _metrics;
    private readonly Lock _cacheLock = new();
    private readonly Dictionary<ObjectKey, T> _cache = [];
    private readonly List<Action<InformerEvent<T>>> _handlers = [];
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _stopping;
    private Task? _loop;
    private string? _resourceVersion;
    private int _stopRequested;
    private int _disposed;

    /// <summary>Creates an informer; call <see cref="Start"/> to begin listing and watching.</summary>
    /// <param name="client">The list and watch calls of the kind, from <see cref="KubernetesResources"/>.</param>
    /// <param name="options">What to watch and how to reconnect; null uses the defaults.</param>
    /// <param name="timeProvider">The clock for reconnect delays; null uses <see cref="TimeProvider.System"/>.</param>
    /// <param name="random">The source of reconnect jitter; null uses <see cref="Random.Shared"/>.</param>
    /// <param name="logger">The logger; null logs nothing.</param>
    /// <param name="meterFactory">The factory of the <c>Btwc.Operator</c> meter; null creates a meter the informer owns.</param>
    public Informer(
        IResourceClient<T> client,
        InformerOptions? options = null,
        TimeProvider? timeProvider = null,
        Random? random = null,
        ILogger? logger = null,
        IMeterFactory? meterFactory = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? new InformerOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _random = random ?? Random.Shared;
        _logger = logger ?? NullLogger.Instance;
        _metrics = new InformerMetrics(_client.Kind, meterFactory, () => Count);
    }

    /// <summary>The kind's name, for logs.</summary>
    public string Kind => _client.Kind;

    /// <summary>Whether the first list has completed, so the cache reflects the server.</summary>
    public bool HasSynced => _synced.Task.IsCompletedSuccessfully;

    /// <summary>The resource version of the last list, event or bookmark; null before the first list.</summary>
    public string? ResourceVersion => Volatile.Read(ref _resourceVersion);

    /// <summary>The number of cached objects.</summary>
    public int Count
    {
        get
        {
            lock (_cacheLock)
            {
                return _cache.Count;
            }
        }
    }

    /// <summary>
    /// Registers a handler for cache changes. Register handlers before <see cref="Start"/>, so the initial
    /// list's adds reach them.
    /// </summary>
    public void AddHandler(Action<InformerEvent<T>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_cacheLock)
        {
            _handlers.Add(handler);
        }
    }

    /// <summary>Looks up a cached object by namespace (null for cluster-scoped kinds) and name.</summary>
    public bool TryGet(string? namespaceName, string name, out T? obj)
    {
        lock (_cacheLock)
        {
            return _cache.TryGetValue(new ObjectKey(namespaceName, name), out obj);
        }
    }

    /// <summary>Returns a snapshot of the cached objects.</summary>
    public IReadOnlyList<T> List()
    {
        lock (_cacheLock)
        {
            return [.. _cache.Values];
        }
    }

    /// <summary>Starts listing and watching in the background until <see cref="StopAsync"/> or disposal.</summary>
    /// <exception cref="InvalidOperationException">The informer was already started.</exception>
    public void Start()
    {
        if (_loop is not null)
        {
            throw new InvalidOperationException($"The {Kind} informer was already started; create a new informer to start again.");
        }

        _stopping = new CancellationTokenSource();
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    /// <summary>Waits until the first list has completed.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled first.</exception>
    public Task WaitForSyncAsync(CancellationToken cancellationToken) => _synced.Task.WaitAsync(cancellationToken);

    /// <summary>Stops the watch and waits for the loop to end. Later calls return at once.</summary>
    public async Task StopAsync()
    {
        if (_stopping is null || _loop is null)
        {
            return;
        }

        if (Interlocked.Exchange(ref _stopRequested, 1) == 0)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        await _loop.ConfigureAwait(false);
    }

    /// <summary>Stops the informer and releases its cancellation source.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping?.Dispose();
            _metrics.Dispose();
        }
    }

    private void Notify(InformerEvent<T> change)
    {
        Action<InformerEvent<T>>[] handlers;
        lock (_cacheLock)
        {
            handlers = [.. _handlers];
        }

        foreach (var handler in handlers)
        {
            try
            {
                handler(change);
            }
            catch (Exception ex)
            {
                Log.HandlerFailed(_logger, ex, Kind, change.Object.Metadata?.NamespaceProperty, change.Object.Metadata?.Name);
            }
        }
    }
}
