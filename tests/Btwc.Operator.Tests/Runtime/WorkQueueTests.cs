using Btwc.Operator.Runtime;
using Microsoft.Extensions.Time.Testing;
using static Btwc.Operator.Tests.Runtime.WorkQueueTestHelpers;

namespace Btwc.Operator.Tests.Runtime;

public sealed class WorkQueueTests
{
    [Fact]
    public void Add_KeyAlreadyQueued_QueuedOnce()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));

        queue.Add(Key("a"));
        queue.Add(Key("a"));
        queue.Add(Key("b"));

        Assert.Equal(2, queue.Count);
        Assert.Equal(["a", "b"], Drain(queue));
    }

    [Fact]
    public void Add_WhileProcessing_RequeuedOnceAfterDone()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));
        queue.Add(Key("a"));
        Assert.True(queue.TryGet(out var first));

        queue.Add(Key("a"));
        queue.Add(Key("a"));
        var handedOutWhileProcessing = queue.TryGet(out _);
        queue.Done(first.Key);

        Assert.False(handedOutWhileProcessing);
        Assert.Equal(1, queue.Count);
        Assert.Equal(["a"], Drain(queue));
        Assert.Empty(Drain(queue));
    }

    [Fact]
    public void Add_WhileProcessing_KeepsHighestPriority()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));
        queue.Add(Key("a"));
        Assert.True(queue.TryGet(out var first));
        queue.Add(Key("a"), WorkPriority.Expiring);
        queue.Add(Key("a"), WorkPriority.Routine);

        queue.Done(first.Key);

        Assert.True(queue.TryGet(out var again));
        Assert.Equal(WorkPriority.Expiring, again.Priority);
    }

    [Fact]
    public void Done_UnknownKey_Ignored()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));

        queue.Done(Key("never-added"));

        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task GetAsync_ConcurrentWorkers_SerialPerKey()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));
        var keys = Enumerable.Range(0, 8).Select(i => Key($"k{i}")).ToArray();
        var running = new int[keys.Length];
        var overlaps = 0;
        var processed = 0;
        using var stop = new CancellationTokenSource();

        async Task WorkerAsync()
        {
            while (await queue.GetAsync(CancellationToken.None) is { } item)
            {
                var index = int.Parse(item.Key.Name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                if (Interlocked.Increment(ref running[index]) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                Thread.SpinWait(200);
                Interlocked.Decrement(ref running[index]);
                Interlocked.Increment(ref processed);
                queue.Done(item.Key);
            }
        }

        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(WorkerAsync)).ToArray();
        for (var round = 0; round < 2000; round++)
        {
            queue.Add(keys[round % keys.Length]);
            if (round % 50 == 0)
            {
                await Task.Yield();
            }
        }

        while (queue.Count > 0)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        queue.ShutDown();
        await Task.WhenAll(workers);

        Assert.Equal(0, overlaps);
        Assert.InRange(processed, keys.Length, 2000);
    }

    [Fact]
    public async Task GetAsync_NothingReady_WaitsForAdd()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));

        var pending = queue.GetAsync(CancellationToken.None).AsTask();
        var completedEarly = pending.IsCompleted;
        queue.Add(Key("a"));
        var item = await pending.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.False(completedEarly);
        Assert.Equal("a", item!.Value.Key.Name);
    }

    [Fact]
    public async Task GetAsync_ShutDown_ReturnsNull()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));
        var pending = queue.GetAsync(CancellationToken.None).AsTask();

        queue.ShutDown();
        queue.Add(Key("after"));

        Assert.Null(await pending.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Null(await queue.GetAsync(CancellationToken.None));
        Assert.True(queue.IsShutDown);
    }

    [Fact]
    public async Task GetAsync_Canceled_Throws()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));
        using var cancellation = new CancellationTokenSource();
        var pending = queue.GetAsync(cancellation.Token).AsTask();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public void Priorities_ReadyKeys_HigherFirstFifoWithin()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));

        queue.Add(Key("routine-1"));
        queue.Add(Key("overdue-1"), WorkPriority.Overdue);
        queue.Add(Key("routine-2"));
        queue.Add(Key("never-synced-1"), WorkPriority.NeverSynced);
        queue.Add(Key("expiring-1"), WorkPriority.Expiring);
        queue.Add(Key("overdue-2"), WorkPriority.Overdue);
        queue.Add(Key("never-synced-2"), WorkPriority.NeverSynced);

        Assert.Equal(
            ["never-synced-1", "never-synced-2", "expiring-1", "overdue-1", "overdue-2", "routine-1", "routine-2"],
            Drain(queue));
    }

    [Fact]
    public void Priorities_QueuedKeyAddedHigher_MovesUp()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));
        queue.Add(Key("a"));
        queue.Add(Key("b"));

        queue.Add(Key("b"), WorkPriority.Overdue);
        queue.Add(Key("b"), WorkPriority.Routine);

        Assert.Equal(2, queue.Count);
        Assert.True(queue.TryGet(out var first));
        Assert.Equal("b", first.Key.Name);
        Assert.Equal(WorkPriority.Overdue, first.Priority);
        queue.Done(first.Key);
        Assert.Equal(["a"], Drain(queue));
    }
}
