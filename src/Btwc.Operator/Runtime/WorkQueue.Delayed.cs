namespace Btwc.Operator.Runtime;

/// <summary>The delayed keys: one heap ordered by due time and one timer set to the earliest.</summary>
public sealed partial class WorkQueue<TKey>
{
    private readonly PriorityQueue<TKey, (DateTimeOffset DueAt, long Sequence)> _delayed = new();
    private int _delayedCount;
    private ITimer? _timer;
    private DateTimeOffset? _timerDueAt;

    /// <summary>The number of keys waiting for a scheduled time, a retry delay or a throttled partition.</summary>
    public int DelayedCount => Volatile.Read(ref _delayedCount);

    /// <summary>
    /// Adds <paramref name="key"/> once <paramref name="delay"/> has passed. A key keeps only its earliest
    /// pending time: a later time does not postpone an earlier one, but raises its priority.
    /// A zero or negative delay adds the key now.
    /// </summary>
    public void AddAfter(TKey key, TimeSpan delay, WorkPriority priority = WorkPriority.Routine)
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (delay <= TimeSpan.Zero)
            {
                AddLocked(key, priority, now);

                return;
            }

            if (_shutDown)
            {
                return;
            }

            ScheduleLocked(key, GetOrCreateStateLocked(key), now + delay, priority, now);
        }
    }

    /// <summary>Returns the earliest pending time of <paramref name="key"/>, or null when none is pending.</summary>
    public DateTimeOffset? GetDueTime(TKey key)
    {
        lock (_lock)
        {
            return _states.TryGetValue(key, out var state) ? state.DueAt : null;
        }
    }

    private void ScheduleLocked(TKey key, Internal.KeyState state, DateTimeOffset dueAt, WorkPriority priority, DateTimeOffset now)
    {
        if (state.DueAt is { } pending && pending <= dueAt)
        {
            state.DuePriority = Max(state.DuePriority, priority);

            return;
        }

        if (state.DueAt is null)
        {
            _delayedCount++;
            state.DuePriority = priority;
        }
        else
        {
            state.DuePriority = Max(state.DuePriority, priority);
        }

        state.DueAt = dueAt;
        state.DueSequence = ++_sequence;
        _delayed.Enqueue(key, (dueAt, state.DueSequence));
        SetTimerLocked(now);
    }

    private void PromoteDueLocked(DateTimeOffset now)
    {
        while (_delayed.TryPeek(out var key, out var due) && due.DueAt <= now)
        {
            _delayed.Dequeue();
            if (!_states.TryGetValue(key, out var state) || state.DueAt is null || state.DueSequence != due.Sequence)
            {
                continue;
            }

            var priority = state.DuePriority;
            state.DueAt = null;
            state.DuePriority = WorkPriority.Routine;
            _delayedCount--;
            AddLocked(key, priority, now);
            DropIfIdleLocked(key, state);
        }
    }

    /// <summary>Points the single timer at the earliest live due time, dropping stale heap entries on the way.</summary>
    private void SetTimerLocked(DateTimeOffset now)
    {
        if (_shutDown)
        {
            return;
        }

        DateTimeOffset? earliest = null;
        while (_delayed.TryPeek(out var key, out var due))
        {
            if (_states.TryGetValue(key, out var state) && state.DueAt is not null && state.DueSequence == due.Sequence)
            {
                earliest = due.DueAt;
                break;
            }

            _delayed.Dequeue();
        }

        if (earliest == _timerDueAt)
        {
            return;
        }

        _timerDueAt = earliest;
        if (earliest is null)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

            return;
        }

        // NOTE: the due time is never zero here, because FakeTimeProvider fires a zero-delay timer inside
        // Change, which would re-enter this lock. A due key is promoted by the timer callback instead.
        var wait = earliest.Value - now;
        if (wait < TimeSpan.FromMilliseconds(1))
        {
            wait = TimeSpan.FromMilliseconds(1);
        }

        _timer ??= _timeProvider.CreateTimer(static state => ((WorkQueue<TKey>)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            _timerDueAt = null;
            PromoteDueLocked(now);
            SetTimerLocked(now);
        }
    }
}
