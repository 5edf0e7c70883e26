using Btwc.Operator.Runtime;
using Microsoft.Extensions.Time.Testing;
using static Btwc.Operator.Tests.Runtime.WorkQueueTestHelpers;

namespace Btwc.Operator.Tests.Runtime;

public sealed class WorkQueueDelayTests
{
    [Fact]
    public void AddAfter_BeforeDue_NotReady()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(10));
        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        Assert.Equal(0, queue.Count);
        Assert.Equal(1, queue.DelayedCount);
        Assert.Empty(Drain(queue));
    }

    [Fact]
    public void AddAfter_Due_Ready()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(10));
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, queue.Count);
        Assert.Equal(0, queue.DelayedCount);
        Assert.Equal(["a"], Drain(queue));
    }

    [Fact]
    public void AddAfter_LaterTime_KeepsEarliest()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(5));
        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(30));
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(Start + TimeSpan.FromMinutes(5), time.GetUtcNow());
        Assert.Equal(["a"], Drain(queue));
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(Drain(queue));
    }

    [Fact]
    public void AddAfter_EarlierTime_ReplacesLater()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(30));
        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(5));

        Assert.Equal(Start + TimeSpan.FromMinutes(5), queue.GetDueTime(Key("a")));
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(["a"], Drain(queue));
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(Drain(queue));
        Assert.Equal(0, queue.DelayedCount);
    }

    [Fact]
    public void AddAfter_LaterTimeHigherPriority_RaisesPriority()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(5));
        queue.AddAfter(Key("a"), TimeSpan.FromMinutes(30), WorkPriority.Expiring);
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(queue.TryGet(out var item));
        Assert.Equal(WorkPriority.Expiring, item.Priority);
    }

    [Fact]
    public void AddAfter_ZeroDelay_AddsNow()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));

        queue.AddAfter(Key("a"), TimeSpan.Zero);

        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public void AddAfter_DueWhileProcessing_RequeuedAfterDone()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);
        queue.Add(Key("a"));
        Assert.True(queue.TryGet(out var running));

        queue.AddAfter(Key("a"), TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        var readyWhileRunning = queue.Count;
        queue.Done(running.Key);

        Assert.Equal(0, readyWhileRunning);
        Assert.Equal(["a"], Drain(queue));
    }

    [Fact]
    public void AddAfter_ManyKeys_ReadyInDueOrder()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.AddAfter(Key("c"), TimeSpan.FromSeconds(30));
        queue.AddAfter(Key("a"), TimeSpan.FromSeconds(10));
        queue.AddAfter(Key("b"), TimeSpan.FromSeconds(20));
        var order = new List<string>();
        for (var second = 0; second < 30; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            order.AddRange(Drain(queue));
        }

        Assert.Equal(["a", "b", "c"], order);
    }

    [Fact]
    public void Remove_PendingKey_NeverReady()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);
        queue.AddAfter(Key("a"), TimeSpan.FromSeconds(10));

        queue.Remove(Key("a"));
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, queue.DelayedCount);
        Assert.Null(queue.GetDueTime(Key("a")));
        Assert.Empty(Drain(queue));
    }

    [Fact]
    public async Task GetAsync_WaitingWorker_WokenByTimer()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);
        var pending = queue.GetAsync(CancellationToken.None).AsTask();

        queue.AddAfter(Key("a"), TimeSpan.FromHours(1));
        time.Advance(TimeSpan.FromHours(1));
        var item = await pending.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal("a", item!.Value.Key.Name);
    }

    [Fact]
    public void AddAfter_TenThousandKeys_EachReadyOnce()
    {
        const int keyCount = 10_000;
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);
        var random = new Random(42);
        var dueAt = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < keyCount; i++)
        {
            var name = $"es-{i}";
            var delay = TimeSpan.FromSeconds(random.Next(1, 3600));
            dueAt[name] = Start + delay;
            queue.AddAfter(Key(name), delay);
        }

        var seen = new List<(string Name, DateTimeOffset At)>();
        for (var minute = 0; minute < 60; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            foreach (var name in Drain(queue))
            {
                seen.Add((name, time.GetUtcNow()));
            }
        }

        Assert.Equal(keyCount, seen.Count);
        Assert.Equal(keyCount, seen.Select(s => s.Name).Distinct().Count());
        Assert.All(seen, s => Assert.InRange(s.At - dueAt[s.Name], TimeSpan.Zero, TimeSpan.FromMinutes(1)));
        Assert.Equal(0, queue.DelayedCount);
    }
}
