using Btwc.Operator.Runtime;
using Btwc.Operator.Tests.Runtime.Support;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Operator.Tests.Runtime;

/// <summary>Builds queues on a fake clock with no jitter and no overall retry limit unless a test sets them.</summary>
internal static class WorkQueueTestHelpers
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static WorkQueue<ObjectKey> CreateQueue(FakeTimeProvider time, Action<WorkQueueOptions>? configure = null, double randomValue = 0)
    {
        var options = new WorkQueueOptions { RetryJitter = 0, RetryRatePerSecond = 0 };
        configure?.Invoke(options);

        return new WorkQueue<ObjectKey>(options, time, new FixedRandom(randomValue));
    }

    public static ObjectKey Key(string name) => new("default", name);

    /// <summary>Takes every ready key, marking each done, and returns their names in order.</summary>
    public static List<string> Drain(WorkQueue<ObjectKey> queue)
    {
        var names = new List<string>();
        while (queue.TryGet(out var item))
        {
            names.Add(item.Key.Name);
            queue.Done(item.Key);
        }

        return names;
    }
}
