using Btwc.Simulator;

namespace Btwc.Client.Tests.Simulator;

/// <summary>Timeouts against the simulator's added latency, with the client on a fake clock.</summary>
public sealed class TimeoutContractTests : SimulatorTestBase
{
    public TimeoutContractTests()
        : base(fakeClientClock: true)
    {
    }

    [Fact]
    public async Task GenerateTimeout_NotRetried()
    {
        State.PutDynamicSecret(SiteId, "production/aws-temp", DynamicSecretDefinition.Aws());
        Server.Faults.SetLatency(TimeSpan.FromHours(1), SimulatorRoute.DynamicGenerate);

        var call = Client.GenerateAsync(SecretPath.Parse("production/aws-temp"), Cancel);
        await WaitForJournalAsync(SimulatorRoute.DynamicGenerate, 1);
        ClientTime!.Advance(BtwcClientOptions.DefaultRequestTimeout);
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => call);

        Assert.Equal(BtwcErrorKind.Timeout, exception.Kind);
        Assert.Contains("no complete response within 30 s", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.DynamicGenerate));
        Assert.Empty(Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task SessionTimeout_RetriedThenThrown()
    {
        Client = CreateClient(options =>
        {
            options.RequestTimeout = TimeSpan.FromSeconds(2);
            options.Retry.MaxReadRetries = 1;
        });
        Server.Faults.SetLatency(TimeSpan.FromHours(1), SimulatorRoute.Session);

        var call = Client.CheckSessionAsync(Cancel);
        await WaitForJournalAsync(SimulatorRoute.Session, 1);
        ClientTime!.Advance(TimeSpan.FromSeconds(2));
        // Small steps let the retry delay pass without timing out the second attempt before it reaches the server.
        await Harness.AdvanceUntilAsync(() => Server.Journal.Count(SimulatorRoute.Session) == 2, TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1));
        ClientTime.Advance(TimeSpan.FromSeconds(2));
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => call);

        Assert.Equal(BtwcErrorKind.Timeout, exception.Kind);
        Assert.Contains("after 2 attempts", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, Server.Journal.Count(SimulatorRoute.Session));
    }

    private async Task WaitForJournalAsync(SimulatorRoute route, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Server.Journal.Count(route) < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
