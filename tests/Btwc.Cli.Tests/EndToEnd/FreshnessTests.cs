using System.Text;
using Btwc.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>
/// Faults around a refresh, end to end: a write that fails after a successful generate, a restart with a few
/// overdue objects, and a backend outage in the middle of a credential's life. Every test counts generate
/// calls in the simulator's journal, because a wasted or leaked credential shows up there first.
/// </summary>
public sealed class FreshnessTests(ITestOutputHelper output)
{
    /// <summary>The credential lifetime of the development seed's dynamic secret.</summary>
    private static readonly TimeSpan CredentialLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// The fake-clock step of the outage test. It stays below the BeyondTrust client's 30-second request
    /// timeout, which runs on the same fake clock, so one step never times out a request in flight.
    /// </summary>
    private static readonly TimeSpan ClockStep = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The fake-clock step while refreshes fail. Retry timers fire at most once a step, so the step must be short
    /// for a retry loop without backoff to show up as many more generate calls than a backoff makes.
    /// </summary>
    private static readonly TimeSpan FineClockStep = TimeSpan.FromSeconds(5);

    /// <summary>The reconciler's log event id for writing a credential minted earlier instead of minting another.</summary>
    private const int ReusingCredentialEventId = 2004;

    /// <summary>The reconciler's log event id for a status recorded from the target's sync record.</summary>
    private const int RecordedFromTargetEventId = 2009;

    /// <summary>The reconciler's log event id for an ExternalSecret that is not due for a refresh.</summary>
    private const int NotDueEventId = 2001;

    /// <summary>The reconciler's log event id for a finished sync, written just before it schedules the next one.</summary>
    private const int SyncedEventId = 2007;

    [Fact]
    public async Task FailedSecretWrite_WritesTheMintedCredentialOnRetry()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        stack.Stack.Emulator.Faults.FailNextWrite("secrets", OperatorStack.Namespace, "target");

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await stack.WaitForReadyAsync("es");

        Assert.Equal(0, stack.Stack.Emulator.Faults.Pending);
        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
        var leaseId = Assert.Single(stack.Simulator.Journal.LeaseIds);
        var secret = await stack.GetSecretAsync("target");
        Assert.NotNull(secret);
        Assert.Equal(leaseId, Encoding.UTF8.GetString(secret.Data["leaseId"]));
        var status = (await stack.GetExternalSecretAsync("es"))!.Status!;
        Assert.Equal(leaseId, status.Lease!.Id);
        Assert.Contains(stack.Logs.Collector.GetSnapshot(), record => record.Id.Id == ReusingCredentialEventId);
    }

    [Fact]
    public async Task FailedStatusWrite_RecordsTheMintedCredentialOnRetry()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        stack.Stack.Emulator.Faults.FailNextStatusWrite("externalsecrets", OperatorStack.Namespace, "es");

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await Eventually.TrueAsync(
            async () => (await stack.GetExternalSecretAsync("es"))?.Status?.Lease?.Id is not null,
            failureMessage: () => "the status never recorded a lease");

        Assert.Equal(0, stack.Stack.Emulator.Faults.Pending);
        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
        var leaseId = Assert.Single(stack.Simulator.Journal.LeaseIds);
        var status = (await stack.GetExternalSecretAsync("es"))!.Status!;
        Assert.Equal(leaseId, status.Lease!.Id);
        var secret = await stack.GetSecretAsync("target");
        Assert.NotNull(secret);
        Assert.Equal(leaseId, Encoding.UTF8.GetString(secret.Data["leaseId"]));
        var ready = await stack.WaitForReadyAsync("es");
        Assert.Equal("SecretSynced", ready.Reason);
    }

    [Fact]
    public async Task LostStatusWrite_Restart_NoMint()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        stack.Stack.Emulator.Faults.FailNextStatusWrite("externalsecrets", OperatorStack.Namespace, "es", count: 1000);
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await Eventually.TrueAsync(
            async () => await stack.GetSecretAsync("target") is not null,
            failureMessage: () => "the target Secret was never written");

        // The process stops with the Secret written and its status write lost.
        await stack.Stack.StopOperatorAsync();
        stack.Stack.Emulator.Faults.Clear();
        var leaseId = Encoding.UTF8.GetString((await stack.GetSecretAsync("target"))!.Data["leaseId"]);
        var statusBefore = (await stack.GetExternalSecretAsync("es"))!.Status;
        stack.Simulator.Journal.Clear();
        await stack.StartOperatorAsync();
        await Eventually.TrueAsync(
            async () => (await stack.GetExternalSecretAsync("es"))?.Status?.Lease?.Id == leaseId,
            failureMessage: () => "the restarted operator did not record the written credential in the status");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Null(statusBefore?.Lease);
        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
        var ready = await stack.WaitForReadyAsync("es");
        Assert.Equal("SecretSynced", ready.Reason);
        Assert.Contains(stack.Logs.Collector.GetSnapshot(), record => record.Id.Id == RecordedFromTargetEventId);
        Assert.Equal(leaseId, Encoding.UTF8.GetString((await stack.GetSecretAsync("target"))!.Data["leaseId"]));
    }

    [Fact]
    public async Task Restart_WithOneTenthOverdue_RefreshesOnlyThatTenth()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await OperatorStack.StartAsync(time);
        await stack.ApplyAsync(Manifests.Generator());
        var fresh = Enumerable.Range(1, 9).Select(index => $"fresh-{index}").ToList();
        foreach (var name in fresh)
        {
            await stack.ApplyAsync(Manifests.ExternalSecret(name, "target-" + name, refreshInterval: "24h"));
        }

        await stack.ApplyAsync(Manifests.ExternalSecret("overdue", "target-overdue", refreshInterval: "10m"));
        foreach (var name in fresh.Append("overdue"))
        {
            await stack.WaitForReadyAsync(name);
        }

        var leasesBefore = new Dictionary<string, string?>();
        foreach (var name in fresh)
        {
            leasesBefore[name] = (await stack.GetExternalSecretAsync(name))!.Status!.Lease!.Id;
        }

        await stack.Stack.StopOperatorAsync();
        stack.Simulator.Journal.Clear();
        stack.Logs.Collector.Clear();
        time.Advance(TimeSpan.FromMinutes(11));
        await stack.StartOperatorAsync();
        await WaitUntilSeenNotDueAsync(stack, fresh);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        time.Advance(TimeSpan.FromSeconds(31));

        await Eventually.TrueAsync(
            () => Task.FromResult(stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate) >= 1),
            failureMessage: () => "the overdue ExternalSecret was not refreshed within the 30-second restart spread");
        var newLease = Assert.Single(stack.Simulator.Journal.LeaseIds);
        await Eventually.TrueAsync(
            async () => (await stack.GetExternalSecretAsync("overdue"))!.Status!.Lease!.Id == newLease,
            failureMessage: () => "the overdue ExternalSecret's status does not record the new lease");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
        foreach (var name in fresh)
        {
            Assert.Equal(leasesBefore[name], (await stack.GetExternalSecretAsync(name))!.Status!.Lease!.Id);
        }
    }

    [Fact]
    public async Task BackendOutage_OfHalfAnHour_RefreshesBeforeExpiry()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await OperatorStack.StartAsync(time);
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", refreshInterval: "24h"));
        await stack.WaitForReadyAsync("es");
        var first = (await stack.GetExternalSecretAsync("es"))!.Status!.Lease!;
        var issuedAt = new DateTimeOffset(first.IssuedAt!.Value, TimeSpan.Zero);
        var expiresAt = new DateTimeOffset(first.Expiration!.Value, TimeSpan.Zero);
        Assert.Equal(CredentialLifetime, expiresAt - issuedAt);

        await WaitUntilLoggedAsync(stack, SyncedEventId, "es");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        time.Advance(issuedAt + TimeSpan.FromMinutes(20) - time.GetUtcNow());
        stack.Simulator.Journal.Clear();
        stack.Simulator.Faults.Set(new RouteFaults { ServiceUnavailableFraction = 1 }, SimulatorRoute.DynamicGenerate);
        await AdvanceToAsync(time, issuedAt + TimeSpan.FromMinutes(40), ClockStep, until: null);
        await AdvanceToAsync(time, issuedAt + TimeSpan.FromMinutes(50), FineClockStep, until: null);
        var outage = await stack.WaitForReadyAsync("es", status: "False");
        var callsDuringOutage = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate);
        output.WriteLine($"generate calls during the 30-minute outage: {callsDuringOutage}; Ready=False reason {outage.Reason}: {outage.Message}");
        stack.Simulator.Faults.Clear();

        var refreshed = await AdvanceToAsync(time, expiresAt, ClockStep, until: async () => (await stack.GetExternalSecretAsync("es"))!.Status!.Lease!.Id != first.Id);
        var after = await stack.WaitForReadyAsync("es");

        Assert.True(callsDuringOutage >= 1, "the operator never tried to refresh during the outage");
        Assert.Equal(callsDuringOutage, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate, 503));
        // Each attempt makes two calls because the client retries a 503 once. With backoff, runs made 12 to 15
        // attempts in the at most 10 failing minutes. A retry loop without backoff fires once per 5-second step and
        // made 84 calls when tried.
        Assert.InRange(callsDuringOutage, 1, 40);
        Assert.Equal("SecretSyncedError", outage.Reason);
        Assert.Contains("503", outage.Message, StringComparison.Ordinal);
        Assert.True(refreshed, $"the credential was not refreshed before it expired at {expiresAt:O}");
        Assert.Equal("SecretSynced", after.Reason);
        var second = (await stack.GetExternalSecretAsync("es"))!.Status!.Lease!;
        Assert.True(new DateTimeOffset(second.IssuedAt!.Value, TimeSpan.Zero) < expiresAt, "the new credential must be issued before the old one expires");
        Assert.Equal(second.Id, Assert.Single(stack.Simulator.Journal.LeaseIds));
        var secret = await stack.GetSecretAsync("target");
        Assert.Equal(second.Id, Encoding.UTF8.GetString(secret!.Data["leaseId"]));
    }

    /// <summary>
    /// Waits until the restarted operator has logged "not due" for every name, which shows that its
    /// informers have synced and its workers have taken those keys.
    /// </summary>
    private static Task WaitUntilSeenNotDueAsync(OperatorStack stack, IReadOnlyList<string> names) =>
        WaitUntilLoggedAsync(stack, NotDueEventId, [.. names]);

    /// <summary>
    /// Waits until the operator has logged the event id for every ExternalSecret name. A fake-clock jump must
    /// wait for this, because the work queue measures a requeue delay from the moment it receives it.
    /// </summary>
    private static Task WaitUntilLoggedAsync(OperatorStack stack, int eventId, params string[] names)
    {
        var seen = new HashSet<string>();

        return Eventually.TrueAsync(
            () =>
            {
                foreach (var record in stack.Logs.Collector.GetSnapshot().Where(record => record.Id.Id == eventId))
                {
                    seen.UnionWith(names.Where(name => record.Message.Contains($"/{name} ", StringComparison.Ordinal) || record.Message.Contains($"/{name}:", StringComparison.Ordinal)));
                }

                return Task.FromResult(seen.Count == names.Length);
            },
            failureMessage: () => $"the operator did not log event {eventId} for every ExternalSecret; saw {seen.Count} of {names.Length}");
    }

    /// <summary>
    /// Moves the fake clock to <paramref name="end"/> in steps of at most <paramref name="maxStep"/> with short
    /// real-time pauses, so the work queue's timers fire and the workers have time to act before the next step.
    /// Stops early and returns true once <paramref name="until"/> holds.
    /// </summary>
    private static async Task<bool> AdvanceToAsync(FakeTimeProvider time, DateTimeOffset end, TimeSpan maxStep, Func<Task<bool>>? until)
    {
        while (time.GetUtcNow() < end)
        {
            var step = end - time.GetUtcNow() < maxStep ? end - time.GetUtcNow() : maxStep;
            time.Advance(step);
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            if (until is not null && await until())
            {
                return true;
            }
        }

        return until is not null && await until();
    }
}
