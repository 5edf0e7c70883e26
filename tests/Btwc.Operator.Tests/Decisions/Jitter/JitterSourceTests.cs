using Btwc.Operator.Decisions.Jitter;

namespace Btwc.Operator.Tests.Decisions.Jitter;

public sealed class JitterSourceTests
{
    [Fact]
    public void UnitFor_SameKey_SameValueAcrossInstances()
    {
        var first = new JitterSource(new Random(1));
        var second = new JitterSource(new Random(2));

        var a = first.UnitFor("uid-1/lease-1");
        var b = second.UnitFor("uid-1/lease-1");

        Assert.Equal(a, b);
    }

    [Fact]
    public void UnitFor_KnownKey_IsStableAcrossReleases()
    {
        // Pinned so a change of the keyed hash (which would move every planned refresh after an upgrade) fails here.
        var value = JitterSource.Shared.UnitFor("uid-1/lease-1");

        Assert.Equal(value, new JitterSource().UnitFor("uid-1/lease-1"));
        Assert.InRange(value, 0, 1);
        // Top 53 bits of SHA-256("uid-1/lease-1") divided by 2^53, computed independently.
        Assert.Equal(0.8840413565090397, value, 15);
    }

    [Fact]
    public void UnitFor_ManyKeys_SpreadOverUnitInterval()
    {
        var source = new JitterSource();

        var values = Enumerable.Range(0, 10_000).Select(i => source.UnitFor($"uid-{i}/lease")).ToList();

        Assert.All(values, value => Assert.InRange(value, 0, 0.9999999999));
        var buckets = values.GroupBy(value => (int)(value * 10)).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(10, buckets.Count);
        Assert.All(buckets.Values, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public void NextUnit_SeededRandom_IsReproducible()
    {
        var first = new JitterSource(new Random(42));
        var second = new JitterSource(new Random(42));

        var a = Enumerable.Range(0, 5).Select(_ => first.NextUnit()).ToList();
        var b = Enumerable.Range(0, 5).Select(_ => second.NextUnit()).ToList();

        Assert.Equal(a, b);
        Assert.All(a, value => Assert.InRange(value, 0, 0.9999999999));
    }
}
