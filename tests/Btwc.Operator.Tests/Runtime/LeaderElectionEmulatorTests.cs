using Btwc.Operator.Runtime.Leadership;
using Btwc.Operator.Tests.Runtime.Support;
using k8s;
using Microsoft.Extensions.Logging.Testing;

namespace Btwc.Operator.Tests.Runtime;

/// <summary>
/// Two electors on one Lease in the emulator. KubernetesClient's elector uses the system clock, so these tests
/// use short real durations.
/// </summary>
public sealed class LeaderElectionEmulatorTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TwoElectors_LeaderStops_OtherTakesOver(bool releaseOnStop)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var first = CreateElection(emulator, "replica-a", releaseOnStop);
        var second = CreateElection(emulator, "replica-b", releaseOnStop);
        var transitions = new List<(string, bool)>();
        first.AddLeadershipHandler(leading => { lock (transitions) { transitions.Add(("replica-a", leading)); } });
        second.AddLeadershipHandler(leading => { lock (transitions) { transitions.Add(("replica-b", leading)); } });
        using var stopFirst = new CancellationTokenSource();
        using var stopSecond = new CancellationTokenSource();

        var firstRun = first.RunAsync(stopFirst.Token);
        await first.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
        var secondRun = second.RunAsync(stopSecond.Token);
        await Task.Delay(TimeSpan.FromSeconds(1.5), ct);
        var secondLedWhileFirstRan = second.IsLeader;
        await stopFirst.CancelAsync();
        await firstRun.WaitAsync(TimeSpan.FromSeconds(10), ct);
        await second.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(15), ct);
        await stopSecond.CancelAsync();
        await secondRun.WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.False(secondLedWhileFirstRan);
        Assert.False(first.IsLeader);
        Assert.Equal([("replica-a", true), ("replica-a", false), ("replica-b", true), ("replica-b", false)], transitions);
        var lease = await emulator.Client.CoordinationV1.ReadNamespacedLeaseAsync("test-leader", "default", cancellationToken: ct);
        Assert.Equal("replica-b", lease.Spec.HolderIdentity);
    }

    [Fact]
    public void Options_InvertedDurations_Rejected()
    {
        var options = new LeaderElectionOptions { RenewDeadline = TimeSpan.FromSeconds(20) };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("RenewDeadline '00:00:20'", error.Message, StringComparison.Ordinal);
    }

    private static LeaderElection CreateElection(EmulatorFixture emulator, string identity, bool releaseOnStop) =>
        new(emulator.Client, new LeaderElectionOptions
        {
            LeaseName = "test-leader",
            LeaseNamespace = "default",
            Identity = identity,
            LeaseDuration = TimeSpan.FromSeconds(3),
            RenewDeadline = TimeSpan.FromSeconds(2),
            RetryPeriod = TimeSpan.FromMilliseconds(300),
            ReleaseOnStop = releaseOnStop,
        }, new FakeLogger());
}
