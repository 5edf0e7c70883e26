using System.Text.Json.Nodes;
using Btwc.Client.Tests.Infrastructure;
using Btwc.Simulator;

namespace Btwc.Client.Tests.Simulator;

/// <summary>Error statuses, faults and limits against the real simulator over HTTPS.</summary>
public sealed class ErrorContractTests : SimulatorTestBase
{
    private static readonly SecretPath Dynamic = SecretPath.Parse("production/aws-temp");
    private static readonly SecretPath Static = SecretPath.Parse("prod/db/postgresCreds");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        State.PutDynamicSecret(SiteId, Dynamic.ToString(), DynamicSecretDefinition.Aws());
        State.PutStaticSecret(SiteId, Static.ToString(), new JsonObject { ["username"] = "app", ["password"] = "pw1" });
    }

    [Fact]
    public async Task UnknownToken_401()
    {
        Harness.Token = "not-a-known-token";

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GetStaticSecretAsync(Static, Cancel));

        Assert.Equal(401, exception.StatusCode);
        Assert.True(exception.IsAuthenticationFailure);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.StaticGet));
    }

    [Fact]
    public async Task ExpiredToken_401()
    {
        State.AddToken(SiteId, "short-lived", [TokenPermission.All], SimulatorTime.GetUtcNow().AddMinutes(5));
        Harness.Token = "short-lived";
        await Client.CheckSessionAsync(Cancel);
        SimulatorTime.Advance(TimeSpan.FromMinutes(6));

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.CheckSessionAsync(Cancel));

        Assert.Equal(401, exception.StatusCode);
        Assert.Contains("Check that the token is valid and not expired", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateWithoutPermission_403()
    {
        State.AddToken(SiteId, "reader", [new TokenPermission("production", SecretActions.Read)]);
        Harness.Token = "reader";

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GenerateAsync(Dynamic, Cancel));

        Assert.Equal(403, exception.StatusCode);
        Assert.Contains("\"generate\" permission on folder \"production\"", exception.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task MissingSecret_404()
    {
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GetStaticSecretAsync(SecretPath.Parse("prod/db/missing"), Cancel));

        Assert.True(exception.IsNotFound);
        Assert.Equal("prod/db/missing", exception.Path);
        Assert.Contains("\"prod/db/missing\"", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.StaticGet, 404));
    }

    [Fact]
    public async Task MissingDefinition_404()
    {
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GenerateAsync(SecretPath.Parse("production/nope"), Cancel));

        Assert.True(exception.IsNotFound);
    }

    [Fact]
    public async Task Injected409_NotRetried()
    {
        Server.Faults.FailNext(1, 409, SimulatorRoute.StaticGet);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GetStaticSecretAsync(Static, Cancel));

        Assert.Equal(409, exception.StatusCode);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.StaticGet));
    }

    [Fact]
    public async Task Read429_RetriedAfterRetryAfter()
    {
        Server.Faults.FailNext(1, 429, SimulatorRoute.StaticGet, retryAfterSeconds: 1);

        var read = await Client.GetStaticSecretAsync(Static, Cancel);

        Assert.Equal("app", read.Values[0].Value);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.StaticGet, 429));
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.StaticGet, 200));
        Assert.Contains(Harness.Logs, record => record.Id.Name == "RetryScheduled" && record.Message.Contains("retrying in 1000 ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate429_RetriedOnceMintsOnce()
    {
        Server.Faults.FailNext(1, 429, SimulatorRoute.DynamicGenerate, retryAfterSeconds: 0);

        var credential = await Client.GenerateAsync(Dynamic, Cancel);

        Assert.Equal(2, Server.Journal.Count(SimulatorRoute.DynamicGenerate));
        Assert.Equal([credential.LeaseId!], Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task Generate503_Retried()
    {
        Server.Faults.FailNext(2, 503, SimulatorRoute.DynamicGenerate);

        var credential = await Client.GenerateAsync(Dynamic, Cancel);

        Assert.Equal(3, Server.Journal.Count(SimulatorRoute.DynamicGenerate));
        Assert.Equal([credential.LeaseId!], Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task Generate500_ExactlyOneCall()
    {
        Server.Faults.FailNext(1, 500, SimulatorRoute.DynamicGenerate);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GenerateAsync(Dynamic, Cancel));

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task Read500_Retried()
    {
        Server.Faults.FailNext(2, 500, SimulatorRoute.StaticList);

        var entries = await Client.ListStaticSecretsAsync("prod", Cancel);

        Assert.Single(entries);
        Assert.Equal(3, Server.Journal.Count(SimulatorRoute.StaticList));
    }

    [Fact]
    public async Task GenerateDroppedConnection_ExactlyOneCallInJournal()
    {
        Server.Faults.Set(new RouteFaults { DroppedConnectionFraction = 1 }, SimulatorRoute.DynamicGenerate);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GenerateAsync(Dynamic, Cancel));

        Assert.Equal(BtwcErrorKind.Transport, exception.Kind);
        Assert.False(exception.RequestNotProcessed);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.DynamicGenerate));
        ClientHarness.AssertHidesToken(exception);
    }

    [Fact]
    public async Task ReadDroppedConnection_RetriedUpToLimit()
    {
        Server.Faults.Set(new RouteFaults { DroppedConnectionFraction = 1 }, SimulatorRoute.StaticGet);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GetStaticSecretAsync(Static, Cancel));

        Assert.Equal(BtwcErrorKind.Transport, exception.Kind);
        Assert.Equal(4, Server.Journal.Count(SimulatorRoute.StaticGet));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OversizedBody_ResponseTooLarge(bool declaresLength)
    {
        Server.Faults.Set(new RouteFaults { OversizedBodyFraction = 1, OversizedBodyDeclaresLength = declaresLength }, SimulatorRoute.StaticGet);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GetStaticSecretAsync(Static, Cancel));

        Assert.Equal(BtwcErrorKind.ResponseTooLarge, exception.Kind);
        Assert.Contains("response exceeded 10485760 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.StaticGet));
    }

    [Fact]
    public async Task MalformedJsonOnGenerate_InvalidAndNotRetried()
    {
        Server.Faults.Set(new RouteFaults { MalformedJsonFraction = 1 }, SimulatorRoute.DynamicGenerate);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => Client.GenerateAsync(Dynamic, Cancel));

        Assert.Equal(BtwcErrorKind.InvalidResponse, exception.Kind);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task TokenRateLimit_ReadWaitsThenSucceeds()
    {
        Server.Faults.SetTokenRateLimit(1);
        await Client.CheckSessionAsync(Cancel);

        var limited = Client.CheckSessionAsync(Cancel);
        await WaitForJournalAsync(SimulatorRoute.Session, 429, 1);
        SimulatorTime.Advance(TimeSpan.FromSeconds(1));
        await limited;

        Assert.Equal(2, Server.Journal.Count(SimulatorRoute.Session, 200));
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.Session, 429));
    }

    [Fact]
    public async Task WrongCa_NotTrusted()
    {
        using var other = TestPki.Create("Unrelated CA");
        var client = Harness.Create(Server.ApiUrl, other.AuthorityPem, SiteId);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(Cancel));

        Assert.True(exception.IsCertificateNotTrusted);
        Assert.Contains("is not trusted", exception.Message, StringComparison.Ordinal);
        Assert.Contains(Server.ApiUrl.ToString().TrimEnd('/'), exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, Server.Journal.Count(SimulatorRoute.Session));
    }

    [Fact]
    public async Task CanaryToken_NeverInMessagesOrLogs()
    {
        Server.Faults.FailNext(1, 500, SimulatorRoute.DynamicGenerate);
        var failures = new List<Exception>
        {
            await Assert.ThrowsAsync<BtwcApiException>(() => Client.GenerateAsync(Dynamic, Cancel)),
            await Assert.ThrowsAsync<BtwcApiException>(() => Client.GetStaticSecretAsync(SecretPath.Parse("missing"), Cancel)),
        };
        Server.Faults.Set(new RouteFaults { DroppedConnectionFraction = 1 }, SimulatorRoute.DynamicGenerate);
        failures.Add(await Assert.ThrowsAsync<BtwcApiException>(() => Client.GenerateAsync(Dynamic, Cancel)));
        Server.Faults.Clear();
        State.RevokeToken(SiteId, ClientHarness.CanaryToken);
        failures.Add(await Assert.ThrowsAsync<BtwcApiException>(() => Client.CheckSessionAsync(Cancel)));

        Assert.All(failures, ClientHarness.AssertHidesToken);
        Assert.NotEmpty(Harness.Logs);
        Harness.AssertLogsHideToken();
    }

    private async Task WaitForJournalAsync(SimulatorRoute route, int status, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Server.Journal.Count(route, status) < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
