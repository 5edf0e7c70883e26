using Btwc.Operator.Observability;
using Btwc.Operator.Runtime.Leadership;
using Btwc.Operator.Tests.Runtime.Support;
using k8s;
using Kube.Emulator;

namespace Btwc.Operator.Tests.Observability;

/// <summary>Readiness from informer sync and a real leader election against the Kubernetes emulator.</summary>
public sealed class ControllerReadinessTests
{
    [Fact]
    public void Check_InformersNotSynced_NotReady()
    {
        var readiness = new ControllerReadiness(() => false, election: null);

        var result = readiness.Check();

        Assert.False(result.IsReady);
        Assert.Equal("the informers have not completed their first list yet", result.Reason);
    }

    [Fact]
    public void Check_SyncedWithoutElection_Ready()
    {
        var readiness = new ControllerReadiness(() => true, election: null);

        var result = readiness.Check();

        Assert.Equal(ReadinessResult.Ready, result);
    }

    [Fact]
    public async Task Check_ElectionNotStarted_NotReady()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var readiness = new ControllerReadiness(() => true, CreateElection(emulator.Client, "replica-a"));

        var result = readiness.Check();

        Assert.False(result.IsReady);
        Assert.Equal("leader election has not reached its Lease yet", result.Reason);
    }

    [Fact]
    public async Task Check_LeaderAndHealthyStandby_Ready()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var leader = CreateElection(emulator.Client, "replica-a");
        var standby = CreateElection(emulator.Client, "replica-b");
        using var stop = new CancellationTokenSource();

        var leaderRun = leader.RunAsync(stop.Token);
        await leader.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
        var standbyRun = standby.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => standby.CurrentLeader == "replica-a", "the standby observes the leader");
        var leaderResult = new ControllerReadiness(() => true, leader).Check();
        var standbyResult = new ControllerReadiness(() => true, standby).Check();
        await stop.CancelAsync();
        await Task.WhenAll(leaderRun, standbyRun).WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.True(leaderResult.IsReady);
        Assert.False(standby.IsLeader);
        Assert.True(standbyResult.IsReady);
    }

    [Fact]
    public async Task Check_ApiServerDown_NotReadyWithError()
    {
        var ct = TestContext.Current.CancellationToken;
        var stopped = await KubeEmulatorServer.StartAsync(new KubeEmulatorOptions { Port = 0 }, ct);
        var url = stopped.BaseUrl;
        await stopped.DisposeAsync();
        using var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = url.ToString() });
        var election = CreateElection(client, "replica-a");
        using var stop = new CancellationTokenSource();

        var run = election.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => election.LastError is not null, "the election records a failure");
        var result = new ControllerReadiness(() => true, election).Check();
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.False(result.IsReady);
        Assert.StartsWith("leader election cannot reach its Lease: ", result.Reason, StringComparison.Ordinal);
        Assert.Contains(url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Reason, StringComparison.Ordinal);
    }

    private static LeaderElection CreateElection(IKubernetes client, string identity) =>
        new(client, new LeaderElectionOptions
        {
            LeaseName = "readiness-leader",
            LeaseNamespace = "default",
            Identity = identity,
            LeaseDuration = TimeSpan.FromSeconds(3),
            RenewDeadline = TimeSpan.FromSeconds(2),
            RetryPeriod = TimeSpan.FromMilliseconds(200),
        });
}
