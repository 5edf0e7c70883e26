using System.Net;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task TokenRateLimit_BeyondRate_Returns429ThenRefills()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Faults.SetTokenRateLimit(2);

        using var first = await harness.SendAsync(HttpMethod.Get, "/session");
        using var second = await harness.SendAsync(HttpMethod.Get, "/session");
        using var third = await harness.SendAsync(HttpMethod.Get, "/session");
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        using var fourth = await harness.SendAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), third.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
    }

    [Fact]
    public async Task TokenRateLimit_IsPerToken()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.AddToken(Harness.SiteId, "second-token");
        harness.Server.Faults.SetTokenRateLimit(1);

        using var first = await harness.SendAsync(HttpMethod.Get, "/session");
        using var limited = await harness.SendAsync(HttpMethod.Get, "/session");
        using var other = await harness.SendAsync(HttpMethod.Get, "/session", token: "second-token");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task TokenRateLimit_SlowRate_LongerRetryAfter()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Faults.SetTokenRateLimit(0.25);

        using var first = await harness.SendAsync(HttpMethod.Get, "/session");
        using var limited = await harness.SendAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(4), limited.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task TokenRateLimit_LimitedGenerate_MintsNothing()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "aws", DynamicSecretDefinition.Aws());
        harness.Server.Faults.SetTokenRateLimit(1);

        using var first = await harness.GenerateAsync(string.Empty, "aws");
        using var limited = await harness.GenerateAsync(string.Empty, "aws");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Single(harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task TokenRateLimit_Removed_AllowsAgain()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Faults.SetTokenRateLimit(1);
        using var first = await harness.SendAsync(HttpMethod.Get, "/session");

        harness.Server.Faults.SetTokenRateLimit(null);
        using var second = await harness.SendAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public void SetTokenRateLimit_NonPositive_Throws()
    {
        var faults = new SimulatorFaults(new Internal.SimulatorRandom(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.SetTokenRateLimit(0));
    }
}
