using System.Diagnostics.Metrics;
using Btwc.Operator.Runtime.Internal;

namespace Btwc.Operator.Runtime;

/// <summary>
/// A work queue for controller keys in the manner of client-go's rate-limited delaying queue, with priorities
/// and per-partition throttling.
/// </summary>
/// <remarks>
/// <para>
/// A key added while it is queued is queued once. A key added while a worker processes it goes back to the queue
/// once, after <see cref="Done"/>, so two workers never process the same key at once.
/// Among ready keys the highest <see cref="WorkPriority"/> goes first, and keys of equal priority go in the order
/// they became ready.
/// </para>
/// <para>
/// Delayed keys (<see cref="AddAfter"/>, <see cref="AddRateLimited"/>, throttled partitions) sit in one heap
/// ordered by due time, served by a single timer from the <see cref="TimeProvider"/> that is set to the
/// earliest due time. A key keeps only its earliest pending time.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <typeparam name="TKey">The key type, usually <see cref="ObjectKey"/>.</typeparam>
public sealed partial class WorkQueue<TKey> : IDisposable
    where TKey : notnull
{
    private static readonly int PriorityCount = Enum.GetValues<WorkPriority>().Length;

    private readonly Lock _lock = new();
    private readonly WorkQueueOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;
    private readonly WorkQueueMetrics _metrics;
    private readonly Dictionary<TKey, KeyState> _states = [];
    private readonly Queue<(TKey Key, long Sequence)>[] _ready;
    private long _sequence;
    private int _readyCount;
    private TaskCompletionSource? _readySignal;
    private bool _shutDown;

    /// <summary>Creates a queue.</summary>
    /// <param name="options">The settings; null uses the defaults of <see cref="WorkQueueOptions"/>.</param>
    /// <param name="timeProvider">The clock and timer source; null uses <see cref="TimeProvider.System"/>.</param>
    /// <param name="random">The source of retry jitter; null uses <see cref="Random.Shared"/>.</param>
    /// <param name="meterFactory">The factory of the <c>Btwc.Operator</c> meter; null creates a meter the queue owns.</param>
    public WorkQueue(WorkQueueOptions? options = null, TimeProvider? timeProvider = null, Random? random = null, IMeterFactory? meterFactory = null)
    {
        _options = options ?? new WorkQueueOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _random = random ?? Random.Shared;
        _ready = new Queue<(TKey, long)>[PriorityCount];
        for (var i = 0; i < _ready.Length; i++)
        {
            _ready[i] = new Queue<(TKey, long)>();
        }

        _bucket = new TokenBucket(_options.RetryRatePerSecond, _options.RetryBurst, _timeProvider.GetUtcNow());
        _metrics = new WorkQueueMetrics(_options.Name, meterFactory, () => Volatile.Read(ref _readyCount), () => DelayedCount);
    }

    /// <summary>The number of keys ready to be handed to a worker.</summary>
    public int Count => Volatile.Read(ref _readyCount);

    /// <summary>Whether <see cref="ShutDown"/> has been called.</summary>
    public bool IsShutDown
    {
        get
        {
            lock (_lock)
            {
                return _shutDown;
            }
        }
    }

    /// <summary>
    /// Adds <paramref name="key"/> now. A queued key stays queued once but takes the higher priority.
    /// A key being processed is queued again after <see cref="Done"/>.
    /// </summary>
    public void Add(TKey key, WorkPriority priority = WorkPriority.Routine)
    {
        lock (_lock)
        {
            AddLocked(key, priority, _timeProvider.GetUtcNow());
        }
    }

    /// <summary>
    /// Hands out the next ready key, waiting until one is ready. Returns null once the queue is shut down;
    /// keys still queued at that moment are not handed out.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async ValueTask<WorkItem<TKey>?> GetAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task readySignal;
            lock (_lock)
            {
                if (_shutDown)
                {
                    return null;
                }

                if (TryDequeueLocked(out var item))
                {
                    return item;
                }

                _readySignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                readySignal = _readySignal.Task;
            }

            await readySignal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Hands out the next ready key if there is one, without waiting.</summary>
    public bool TryGet(out WorkItem<TKey> item)
    {
        lock (_lock)
        {
            item = default;

            return !_shutDown && TryDequeueLocked(out item);
        }
    }

    /// <summary>
    /// Marks <paramref name="key"/> as no longer processing. A key that was added while it was processing
    /// goes back to the ready queue now.
    /// </summary>
    public void Done(TKey key)
    {
        lock (_lock)
        {
            if (!_states.TryGetValue(key, out var state) || !state.Processing)
            {
                return;
            }

            state.Processing = false;
            _metrics.Worked(_timeProvider.GetElapsedTime(state.ProcessingTimestamp));
            if (state.Dirty)
            {
                state.Dirty = false;
                EnqueueReadyLocked(key, state, state.DirtyPriority, _timeProvider.GetUtcNow());
            }

            DropIfIdleLocked(key, state);
        }
    }

    /// <summary>
    /// Stops the queue: waiting and later <see cref="GetAsync"/> calls return null, and later adds are ignored.
    /// </summary>
    public void ShutDown()
    {
        lock (_lock)
        {
            _shutDown = true;
            SignalReadyLocked();
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>Shuts the queue down and releases its timer and meter.</summary>
    public void Dispose()
    {
        ShutDown();
        _metrics.Dispose();
    }

    private void AddLocked(TKey key, WorkPriority priority, DateTimeOffset now)
    {
        if (_shutDown)
        {
            return;
        }

        _metrics.Added();
        var state = GetOrCreateStateLocked(key);
        if (state.Processing)
        {
            state.DirtyPriority = state.Dirty ? Max(state.DirtyPriority, priority) : priority;
            state.Dirty = true;

            return;
        }

        if (state.Queued && state.ReadyPriority >= priority)
        {
            return;
        }

        EnqueueReadyLocked(key, state, priority, now);
    }

    private void EnqueueReadyLocked(TKey key, KeyState state, WorkPriority priority, DateTimeOffset now)
    {
        if (IsThrottledLocked(state.Partition, now, out var until))
        {
            ScheduleLocked(key, state, until, priority, now);

            return;
        }

        if (!state.Queued)
        {
            state.Queued = true;
            state.ReadyTimestamp = _timeProvider.GetTimestamp();
            _readyCount++;
        }

        state.ReadyPriority = priority;
        state.ReadySequence = ++_sequence;
        _ready[(int)priority].Enqueue((key, state.ReadySequence));
        SignalReadyLocked();
    }

    private bool TryDequeueLocked(out WorkItem<TKey> item)
    {
        var now = _timeProvider.GetUtcNow();
        PromoteDueLocked(now);
        for (var priority = _ready.Length - 1; priority >= 0; priority--)
        {
            while (_ready[priority].TryDequeue(out var entry))
            {
                if (!_states.TryGetValue(entry.Key, out var state) || !state.Queued || state.ReadySequence != entry.Sequence)
                {
                    continue;
                }

                state.Queued = false;
                _readyCount--;
                if (IsThrottledLocked(state.Partition, now, out var until))
                {
                    ScheduleLocked(entry.Key, state, until, state.ReadyPriority, now);
                    continue;
                }

                state.Processing = true;
                state.ProcessingTimestamp = _timeProvider.GetTimestamp();
                _metrics.Waited(_timeProvider.GetElapsedTime(state.ReadyTimestamp));
                item = new WorkItem<TKey>(entry.Key, state.ReadyPriority, state.Failures);

                return true;
            }
        }

        item = default;

        return false;
    }

    private void SignalReadyLocked()
    {
        var signal = _readySignal;
        _readySignal = null;
        signal?.TrySetResult();
    }

    private KeyState GetOrCreateStateLocked(TKey key)
    {
        if (!_states.TryGetValue(key, out var state))
        {
            state = new KeyState();
            _states.Add(key, state);
        }

        return state;
    }

    private void DropIfIdleLocked(TKey key, KeyState state)
    {
        if (state.IsIdle)
        {
            _states.Remove(key);
        }
    }

    private static WorkPriority Max(WorkPriority a, WorkPriority b) => a >= b ? a : b;
}
