using k8s;
using k8s.LeaderElection;
using k8s.LeaderElection.ResourceLock;
using k8s.Models;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Client;

public sealed class LeaderElectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LeaseLock_SecondCandidate_TakesOverAfterFirstStops()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        var firstLeads = new TaskCompletionSource();
        var secondLeads = new TaskCompletionSource();
        using var firstStop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var secondStop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using LeaderElector first = Elector(host, "first", firstLeads);
        using LeaderElector second = Elector(host, "second", secondLeads);

        // NOTE: KubernetesClient's elector runs on the real clock, so this test takes about the lease duration.
        Task firstRun = first.RunUntilLeadershipLostAsync(firstStop.Token);
        await firstLeads.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Task secondRun = second.RunUntilLeadershipLostAsync(secondStop.Token);
        V1Lease heldByFirst = await host.Client.CoordinationV1.ReadNamespacedLeaseAsync("emulator-test", "default", cancellationToken: Ct);
        await firstStop.CancelAsync();
        await Task.WhenAny(firstRun, Task.Delay(TimeSpan.FromSeconds(5), Ct));
        await secondLeads.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        V1Lease heldBySecond = await host.Client.CoordinationV1.ReadNamespacedLeaseAsync("emulator-test", "default", cancellationToken: Ct);
        await secondStop.CancelAsync();
        await Task.WhenAny(secondRun, Task.Delay(TimeSpan.FromSeconds(5), Ct));

        Assert.Equal("first", heldByFirst.Spec.HolderIdentity);
        Assert.Equal("second", heldBySecond.Spec.HolderIdentity);
        Assert.True(heldBySecond.Spec.LeaseTransitions >= 1);
    }

    private static LeaderElector Elector(EmulatorHost host, string identity, TaskCompletionSource leads)
    {
        var leaseLock = new LeaseLock(host.Client, "default", "emulator-test", identity);
        var config = new LeaderElectionConfig(leaseLock)
        {
            LeaseDuration = TimeSpan.FromSeconds(2),
            RenewDeadline = TimeSpan.FromSeconds(1.5),
            RetryPeriod = TimeSpan.FromMilliseconds(200),
        };
        var elector = new LeaderElector(config);
        elector.OnStartedLeading += () => leads.TrySetResult();

        return elector;
    }
}
