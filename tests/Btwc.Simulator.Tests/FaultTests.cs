using System.Net;
using System.Text.Json;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class FaultTests
{
    private static async Task<Harness> StartWithAwsAsync()
    {
        var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws());

        return harness;
    }

    [Fact]
    public async Task FailNext_FailsExactlyNThenRecovers()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.FailNext(2, 503, SimulatorRoute.DynamicGenerate, retryAfterSeconds: 7);

        using var first = await harness.GenerateAsync("production", "aws-temp");
        using var second = await harness.GenerateAsync("production", "aws-temp");
        using var third = await harness.GenerateAsync("production", "aws-temp");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), first.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        Assert.Single(harness.Server.Journal.LeaseIds);
        Assert.Equal(2, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate, 503));
    }

    [Fact]
    public async Task FailNext_OtherRoute_Unaffected()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.FailNext(1, 500, SimulatorRoute.StaticGet);

        var (session, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session");
        var (read, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static/x");

        Assert.Equal(HttpStatusCode.OK, session);
        Assert.Equal(HttpStatusCode.InternalServerError, read);
        Assert.Equal("internal_error", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task FailNext_AnyRoute_AppliesToNextRequests()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.FailNext(1, 429);

        using var limited = await harness.SendAsync(HttpMethod.Get, "/session");
        using var ok = await harness.SendAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task TooManyRequestsFraction_SendsRetryAfter()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { TooManyRequestsFraction = 1, TooManyRequestsRetryAfterSeconds = 3 }, SimulatorRoute.DynamicGenerate);

        using var response = await harness.GenerateAsync("production", "aws-temp");
        var body = await Harness.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Equal("rate_limited", body.GetProperty("error").GetString());
        Assert.Empty(harness.Server.Journal.LeaseIds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5)]
    public async Task ServiceUnavailableFraction_RetryAfterOptional(int? retryAfter)
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { ServiceUnavailableFraction = 1, ServiceUnavailableRetryAfterSeconds = retryAfter });

        using var response = await harness.SendAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(retryAfter, (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds);
    }

    [Fact]
    public async Task InternalServerErrorFraction_Returns500()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { InternalServerErrorFraction = 1 }, SimulatorRoute.DynamicGenerate);

        using var response = await harness.GenerateAsync("production", "aws-temp");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task MalformedJson_SuccessStatusBadBody()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { MalformedJsonFraction = 1 }, SimulatorRoute.DynamicGenerate);

        using var response = await harness.GenerateAsync("production", "aws-temp");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        Assert.Empty(harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task ErrorBody_ListSuccessStatusWithError()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { ErrorBodyFraction = 1 }, SimulatorRoute.StaticList);

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static?recursive=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("internal_error", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OversizedBody_StreamsElevenMebibytes(bool declareLength)
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { OversizedBodyFraction = 1, OversizedBodyDeclaresLength = declareLength }, SimulatorRoute.StaticGet);
        using var request = harness.Request(HttpMethod.Get, "/static/big");

        using var response = await harness.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken)) > 0)
        {
            total += read;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RouteFaults.DefaultOversizedBodyBytes, total);
        Assert.Equal(declareLength ? RouteFaults.DefaultOversizedBodyBytes : null, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task OversizedBody_IsValidJson()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { OversizedBodyFraction = 1, OversizedBodyBytes = 1000 }, SimulatorRoute.Session);

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1000 - """{"secret":{"padding":""}}""".Length, body.GetProperty("secret").GetProperty("padding").GetString()!.Length);
    }

    [Fact]
    public async Task DroppedConnection_ThrowsAndMintsNothing()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { DroppedConnectionFraction = 1 }, SimulatorRoute.DynamicGenerate);

        var call = harness.GenerateAsync("production", "aws-temp");

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => call);
        Assert.Empty(harness.Server.Journal.LeaseIds);
        Assert.Equal(1, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate, 0));
    }

    [Fact]
    public async Task DroppedConnection_Http2_ResetsStream()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { DroppedConnectionFraction = 1 }, SimulatorRoute.DynamicGenerate);
        using var request = harness.Request(HttpMethod.Post, "/dynamic/aws-temp/generate?folder=production");
        request.Version = HttpVersion.Version20;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;

        var call = harness.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => call);
        Assert.Empty(harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task Latency_WaitsForFakeClock()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.SetLatency(TimeSpan.FromSeconds(30), SimulatorRoute.Session);

        var call = harness.SendAsync(HttpMethod.Get, "/session");
        await harness.WaitForArrivalsAsync(SimulatorRoute.Session, 1);
        var completedEarly = await Task.WhenAny(call, Task.Delay(200, TestContext.Current.CancellationToken)) == call;
        await harness.AdvanceUntilCompletedAsync(call, TimeSpan.FromSeconds(30));
        using var response = await call;

        Assert.False(completedEarly);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Fraction_Half_FaultsAboutHalfDeterministically()
    {
        async Task<int[]> RunAsync()
        {
            await using var harness = await StartWithAwsAsync();
            harness.Server.Faults.Set(new RouteFaults { InternalServerErrorFraction = 0.5 }, SimulatorRoute.Session);
            var statuses = new int[200];
            for (var i = 0; i < statuses.Length; i++)
            {
                using var response = await harness.SendAsync(HttpMethod.Get, "/session");
                statuses[i] = (int)response.StatusCode;
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.InRange(first.Count(s => s == 500), 60, 140);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Clear_RemovesEveryFault()
    {
        await using var harness = await StartWithAwsAsync();
        harness.Server.Faults.Set(new RouteFaults { InternalServerErrorFraction = 1 });
        harness.Server.Faults.FailNext(5, 418);
        harness.Server.Faults.SetTokenRateLimit(0.001);

        harness.Server.Faults.Clear();
        var (first, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session");
        var (second, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Fact]
    public async Task EveryFaultKind_MintsNoCredential()
    {
        await using var harness = await StartWithAwsAsync();
        RouteFaults[] plans =
        [
            new() { TooManyRequestsFraction = 1 },
            new() { InternalServerErrorFraction = 1 },
            new() { ServiceUnavailableFraction = 1 },
            new() { MalformedJsonFraction = 1 },
            new() { ErrorBodyFraction = 1 },
            new() { OversizedBodyFraction = 1, OversizedBodyBytes = 4096 },
        ];

        foreach (var plan in plans)
        {
            harness.Server.Faults.Set(plan, SimulatorRoute.DynamicGenerate);
            using var response = await harness.GenerateAsync("production", "aws-temp");
        }

        Assert.Empty(harness.Server.Journal.LeaseIds);
        Assert.Equal(plans.Length, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Theory]
    [InlineData(1.5, 0)]
    [InlineData(-0.1, 0)]
    [InlineData(0.6, 0.6)]
    public void Set_InvalidFractions_Throws(double tooMany, double errors)
    {
        var faults = new SimulatorFaults(new Internal.SimulatorRandom(1));

        Assert.Throws<ArgumentException>(() => faults.Set(new RouteFaults { TooManyRequestsFraction = tooMany, InternalServerErrorFraction = errors }));
    }

    [Fact]
    public void FailNext_StatusOutOfRange_Throws()
    {
        var faults = new SimulatorFaults(new Internal.SimulatorRandom(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailNext(1, 200));
    }

    [Fact]
    public void Update_ChangesOnlyThatRoute()
    {
        var faults = new SimulatorFaults(new Internal.SimulatorRandom(1));

        faults.Update(SimulatorRoute.StaticList, f => f with { Latency = TimeSpan.FromSeconds(2) });

        Assert.Equal(TimeSpan.FromSeconds(2), faults.Get(SimulatorRoute.StaticList).Latency);
        Assert.Equal(TimeSpan.Zero, faults.Get(SimulatorRoute.Session).Latency);
    }
}
