using Btwc.Operator.Runtime.Leadership;
using Btwc.Operator.Tests.Runtime.Support;
using k8s;
using Kube.Emulator;
using Kube.Emulator.Faults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Btwc.Operator.Tests.Runtime;

/// <summary>
/// How leader election logs an API server that fails or is down: one Warning line, Debug repeats, an Information
/// line on recovery, and no stack trace. KubernetesClient's elector uses the system clock, so these tests use short
/// real durations.
/// </summary>
public sealed class LeaderElectionLoggingTests
{
    private const int FailedId = 3144;
    private const int StillFailingId = 3147;
    private const int RecoveredId = 3148;

    [Fact]
    public async Task StoppedApiServer_OneWarningThenRecovers()
    {
        var ct = TestContext.Current.CancellationToken;
        var stopped = await KubeEmulatorServer.StartAsync(new KubeEmulatorOptions { Port = 0 }, ct);
        var url = stopped.BaseUrl;
        await stopped.DisposeAsync();
        using var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = url.ToString() });
        var logger = new FakeLogger();
        var election = CreateElection(client, logger);
        using var stop = new CancellationTokenSource();

        var run = election.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => Count(logger, StillFailingId) >= 3, "three repeated failures are logged");
        var reachableWhileDown = election.IsLeaseReachable;
        var errorWhileDown = election.LastError;
        await using var restarted = await KubeEmulatorServer.StartAsync(new KubeEmulatorOptions { Port = url.Port }, ct);
        await election.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(15), ct);
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.False(reachableWhileDown);
        Assert.NotNull(errorWhileDown);
        var warning = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level >= LogLevel.Warning);
        Assert.Equal(FailedId, warning.Id.Id);
        Assert.Null(warning.Exception);
        Assert.Contains("Lease default/logging-leader failed: " + errorWhileDown, warning.Message, StringComparison.Ordinal);
        Assert.All(Records(logger, StillFailingId), record => Assert.Equal(LogLevel.Debug, record.Level));
        var recovered = Assert.Single(Records(logger, RecoveredId));
        Assert.Equal(LogLevel.Information, recovered.Level);
        Assert.True(election.IsLeaseReachable);
        Assert.Null(election.LastError);
    }

    [Fact]
    public async Task LeaseReadFails_WarnsOnceAndCountsAttempts()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        emulator.Server.Faults.Add(new FaultRule { Verb = "get", Resource = "leases", StatusCode = 500, Count = 4 });
        var logger = new FakeLogger();
        var election = CreateElection(emulator.Client, logger);
        using var stop = new CancellationTokenSource();

        var run = election.RunAsync(stop.Token);
        await election.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(15), ct);
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10), ct);

        var warning = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level >= LogLevel.Warning);
        Assert.Equal(FailedId, warning.Id.Id);
        Assert.Null(warning.Exception);
        Assert.Contains("InternalServerError", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, Count(logger, StillFailingId));
        var recovered = Assert.Single(Records(logger, RecoveredId));
        Assert.Contains("after 4 failed attempts", recovered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthyElection_LogsNoWarning()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var logger = new FakeLogger();
        var election = CreateElection(emulator.Client, logger);
        using var stop = new CancellationTokenSource();

        var run = election.RunAsync(stop.Token);
        await election.WaitForLeadershipAsync(ct).WaitAsync(TimeSpan.FromSeconds(15), ct);
        var reachable = election.IsLeaseReachable;
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.True(reachable);
        Assert.DoesNotContain(logger.Collector.GetSnapshot(), record => record.Level >= LogLevel.Warning);
        Assert.Empty(Records(logger, RecoveredId));
    }

    private static LeaderElection CreateElection(IKubernetes client, FakeLogger logger) =>
        new(client, new LeaderElectionOptions
        {
            LeaseName = "logging-leader",
            LeaseNamespace = "default",
            Identity = "replica-a",
            LeaseDuration = TimeSpan.FromSeconds(1.5),
            RenewDeadline = TimeSpan.FromSeconds(1),
            RetryPeriod = TimeSpan.FromMilliseconds(100),
        }, logger);

    private static List<FakeLogRecord> Records(FakeLogger logger, int eventId) =>
        [.. logger.Collector.GetSnapshot().Where(record => record.Id.Id == eventId)];

    private static int Count(FakeLogger logger, int eventId) => Records(logger, eventId).Count;
}
