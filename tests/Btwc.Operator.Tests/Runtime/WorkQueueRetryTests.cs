using Btwc.Operator.Runtime;
using Microsoft.Extensions.Time.Testing;
using static Btwc.Operator.Tests.Runtime.WorkQueueTestHelpers;

namespace Btwc.Operator.Tests.Runtime;

public sealed class WorkQueueRetryTests
{
    [Fact]
    public void AddRateLimited_Failures_DoubleToCap()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start), o => o.MaxRetryDelay = TimeSpan.FromSeconds(30));

        var delays = Enumerable.Range(0, 8).Select(_ => queue.AddRateLimited(Key("a")).TotalSeconds).ToArray();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
        Assert.Equal(8, queue.GetFailures(Key("a")));
    }

    [Fact]
    public void AddRateLimited_Jitter_AddsFractionOfDelay()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start), o => o.RetryJitter = 0.2, randomValue: 0.5);

        var first = queue.AddRateLimited(Key("a"));
        var second = queue.AddRateLimited(Key("a"));

        Assert.Equal(TimeSpan.FromSeconds(1.1), first);
        Assert.Equal(TimeSpan.FromSeconds(2.2), second);
    }

    [Fact]
    public void AddRateLimited_Jitter_StaysUnderCap()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start), o => { o.RetryJitter = 1; o.MaxRetryDelay = TimeSpan.FromSeconds(3); }, randomValue: 0.99);

        queue.AddRateLimited(Key("a"));
        var second = queue.AddRateLimited(Key("a"));

        Assert.Equal(TimeSpan.FromSeconds(3), second);
    }

    [Fact]
    public void AddRateLimited_MaxDelay_Caps()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));

        for (var i = 0; i < 10; i++)
        {
            queue.AddRateLimited(Key("a"), maxDelay: TimeSpan.FromSeconds(45));
        }

        var delay = queue.AddRateLimited(Key("a"), maxDelay: TimeSpan.FromSeconds(45));

        Assert.Equal(TimeSpan.FromSeconds(45), delay);
    }

    [Fact]
    public void AddRateLimited_MinDelay_Honoured()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));

        var delay = queue.AddRateLimited(Key("a"), minDelay: TimeSpan.FromSeconds(120));

        Assert.Equal(TimeSpan.FromSeconds(120), delay);
    }

    [Fact]
    public void AddRateLimited_BucketEmpty_WaitsForToken()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start), o =>
        {
            o.BaseRetryDelay = TimeSpan.FromMilliseconds(1);
            o.RetryRatePerSecond = 10;
            o.RetryBurst = 2;
        });

        var delays = new[] { "a", "b", "c", "d" }.Select(name => queue.AddRateLimited(Key(name))).ToArray();

        Assert.Equal(TimeSpan.FromMilliseconds(1), delays[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(1), delays[1]);
        Assert.Equal(TimeSpan.FromMilliseconds(100), delays[2]);
        Assert.Equal(TimeSpan.FromMilliseconds(200), delays[3]);
    }

    [Fact]
    public void AddRateLimited_BucketRefills_OverTime()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time, o =>
        {
            o.BaseRetryDelay = TimeSpan.FromMilliseconds(1);
            o.RetryRatePerSecond = 10;
            o.RetryBurst = 1;
        });
        queue.AddRateLimited(Key("a"));

        time.Advance(TimeSpan.FromSeconds(1));
        var delay = queue.AddRateLimited(Key("b"));

        Assert.Equal(TimeSpan.FromMilliseconds(1), delay);
    }

    [Fact]
    public void AddRateLimited_DelayPassed_KeyReady()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.AddRateLimited(Key("a"));
        queue.AddRateLimited(Key("a"));
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(queue.TryGet(out var item));
        Assert.Equal(2, item.Failures);
    }

    [Fact]
    public void Forget_AfterFailures_RestartsAtBaseDelay()
    {
        using var queue = CreateQueue(new FakeTimeProvider(Start));
        queue.AddRateLimited(Key("a"));
        queue.AddRateLimited(Key("a"));
        queue.AddRateLimited(Key("a"));

        queue.Forget(Key("a"));
        var delay = queue.AddRateLimited(Key("a"));

        Assert.Equal(TimeSpan.FromSeconds(1), delay);
        Assert.Equal(1, queue.GetFailures(Key("a")));
    }

    [Fact]
    public void Throttle_Partition_HoldsItsKeysOnly()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);
        queue.SetPartition(Key("a1"), "site-a");
        queue.SetPartition(Key("a2"), "site-a");
        queue.SetPartition(Key("b1"), "site-b");
        queue.Add(Key("a1"), WorkPriority.NeverSynced);
        queue.Add(Key("a2"));
        queue.Add(Key("b1"));

        queue.Throttle("site-a", Start + TimeSpan.FromSeconds(30));
        var duringThrottle = Drain(queue);
        time.Advance(TimeSpan.FromSeconds(29));
        var beforeEnd = Drain(queue);
        time.Advance(TimeSpan.FromSeconds(1));
        var afterEnd = Drain(queue);

        Assert.Equal(["b1"], duringThrottle);
        Assert.Empty(beforeEnd);
        Assert.Equal(["a1", "a2"], afterEnd);
    }

    [Fact]
    public void Throttle_KeyAddedDuringThrottle_WaitsUntilEnd()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);
        queue.SetPartition(Key("a1"), "site-a");
        queue.Throttle("site-a", Start + TimeSpan.FromSeconds(10));

        queue.Add(Key("a1"), WorkPriority.Expiring);
        queue.Add(Key("other"));

        Assert.Equal(1, queue.Count);
        Assert.Equal(Start + TimeSpan.FromSeconds(10), queue.GetDueTime(Key("a1")));
        Assert.Equal(["other"], Drain(queue));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(queue.TryGet(out var item));
        Assert.Equal("a1", item.Key.Name);
        Assert.Equal(WorkPriority.Expiring, item.Priority);
    }

    [Fact]
    public void Throttle_EarlierTime_DoesNotShorten()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);

        queue.Throttle("site-a", Start + TimeSpan.FromSeconds(60));
        queue.Throttle("site-a", Start + TimeSpan.FromSeconds(5));

        Assert.Equal(Start + TimeSpan.FromSeconds(60), queue.GetThrottle("site-a"));
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(queue.GetThrottle("site-a"));
    }

    [Fact]
    public void SetPartition_Null_ReleasesKey()
    {
        var time = new FakeTimeProvider(Start);
        using var queue = CreateQueue(time);
        queue.SetPartition(Key("a1"), "site-a");
        queue.Throttle("site-a", Start + TimeSpan.FromSeconds(60));

        queue.SetPartition(Key("a1"), null);
        queue.Add(Key("a1"));

        Assert.Equal(["a1"], Drain(queue));
    }

    [Fact]
    public void Options_InvalidValue_MessageNamesValue()
    {
        var options = new WorkQueueOptions { RetryJitter = 1.5 };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("RetryJitter '1.5'", error.Message, StringComparison.Ordinal);
    }
}
