using Btwc.Operator.Kubernetes.Internal;
using Btwc.Operator.Runtime;

namespace Btwc.Operator.Tests.Kubernetes;

public sealed class WriteExpectationsTests
{
    private static readonly ObjectKey Key = new("default", "target");

    [Fact]
    public void Wrote_CacheOlder_PendingUntilObserved()
    {
        var expectations = new WriteExpectations(_ => "41");

        expectations.Wrote(Key, "42");
        var beforeDelivery = expectations.IsPending(Key);
        expectations.Observed(Key, "41");
        var afterOlderVersion = expectations.IsPending(Key);
        expectations.Observed(Key, "42");

        Assert.True(beforeDelivery);
        Assert.True(afterOlderVersion);
        Assert.False(expectations.IsPending(Key));
    }

    [Fact]
    public void Wrote_WatchDeliveredFirst_NotPending()
    {
        var expectations = new WriteExpectations(_ => "42");

        expectations.Wrote(Key, "42");

        Assert.False(expectations.IsPending(Key));
    }

    [Fact]
    public void Wrote_UnknownVersion_PendingUntilForgotten()
    {
        var expectations = new WriteExpectations(_ => null);

        expectations.Wrote(Key, WriteExpectations.Unknown);
        expectations.Observed(Key, "43");
        var afterWatchEvent = expectations.IsPending(Key);
        expectations.Forget(Key);

        Assert.True(afterWatchEvent);
        Assert.False(expectations.IsPending(Key));
    }
}
