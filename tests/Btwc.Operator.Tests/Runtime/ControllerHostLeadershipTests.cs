using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Runtime.Leadership;
using Btwc.Operator.Tests.Runtime.Support;
using Microsoft.Extensions.Logging.Testing;

namespace Btwc.Operator.Tests.Runtime;

/// <summary>Two controller hosts electing a leader through the emulator; only the leader reconciles.</summary>
public sealed class ControllerHostLeadershipTests
{
    [Fact]
    public async Task TwoHosts_OnlyLeaderReconciles_StandbyTakesOver()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var (hostA, queueA, reconcilerA, electionA) = CreateHost(emulator, "replica-a");
        var (hostB, queueB, reconcilerB, electionB) = CreateHost(emulator, "replica-b");
        queueA.Add(new ObjectKey("default", "es-1"));
        queueB.Add(new ObjectKey("default", "es-1"));

        await hostA.StartAsync(ct);
        await electionA.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
        await hostB.StartAsync(ct);
        await Eventually.TrueAsync(() => reconcilerA.Calls.Count == 1, "the leader reconciles");
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        var standbyCallsWhileALeads = reconcilerB.Calls.Count;
        var standbyRanWorkers = hostB.IsRunningWorkers;
        await hostA.StopAsync(ct);
        await electionB.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(15), ct);
        await Eventually.TrueAsync(() => reconcilerB.Calls.Count == 1, "the new leader reconciles its queued key");
        await hostB.StopAsync(ct);

        Assert.Equal(0, standbyCallsWhileALeads);
        Assert.False(standbyRanWorkers);
        Assert.Single(reconcilerA.Calls);
        hostA.Dispose();
        hostB.Dispose();
        queueA.Dispose();
        queueB.Dispose();
    }

    private static (ControllerHost<ObjectKey>, WorkQueue<ObjectKey>, DelegateReconciler, LeaderElection) CreateHost(EmulatorFixture emulator, string identity)
    {
        var queue = new WorkQueue<ObjectKey>();
        var reconciler = new DelegateReconciler((_, _, _) => Task.FromResult(ReconcileResult.Done()));
        var informer = new ManualInformer();
        informer.Sync();
        var election = new LeaderElection(emulator.Client, new LeaderElectionOptions
        {
            LeaseName = "controller-leader",
            Identity = identity,
            LeaseDuration = TimeSpan.FromSeconds(3),
            RenewDeadline = TimeSpan.FromSeconds(2),
            RetryPeriod = TimeSpan.FromMilliseconds(300),
        });
        var host = new ControllerHost<ObjectKey>(new ControllerOptions { Name = identity, Workers = 1 }, queue, reconciler, [informer], election, logger: new FakeLogger());

        return (host, queue, reconciler, election);
    }
}
