using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class JournalTests
{
    [Fact]
    public async Task Journal_CountsPerRouteAndStatus()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "prod/a", new() { ["k"] = "v" });

        using var ok = await harness.SendAsync(HttpMethod.Get, "/static/a?folder=prod");
        using var missing = await harness.SendAsync(HttpMethod.Get, "/static/b?folder=prod");
        using var unauthorized = await harness.SendAsync(HttpMethod.Get, "/static/a?folder=prod", token: "wrong");
        using var session = await harness.SendAsync(HttpMethod.Get, "/session");
        var journal = harness.Server.Journal;

        Assert.Equal(3, journal.Count(SimulatorRoute.StaticGet));
        Assert.Equal(1, journal.Count(SimulatorRoute.StaticGet, 200));
        Assert.Equal(1, journal.Count(SimulatorRoute.StaticGet, 404));
        Assert.Equal(1, journal.Count(SimulatorRoute.StaticGet, 401));
        Assert.Equal(1, journal.Count(SimulatorRoute.Session));
        Assert.Equal(0, journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task Journal_EntriesCarryPathNotToken()
    {
        await using var harness = await Harness.StartAsync();

        using var response = await harness.SendAsync(HttpMethod.Get, "/static/name?folder=a/b");
        var entry = Assert.Single(harness.Server.Journal.Entries);

        Assert.Equal(SimulatorRoute.StaticGet, entry.Route);
        Assert.Equal(Harness.SiteId, entry.SiteId);
        Assert.Equal("a/b/name", entry.Path);
        Assert.Equal(404, entry.StatusCode);
        Assert.Equal(Harness.Start, entry.Time);
        Assert.DoesNotContain(Harness.Token, entry.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_Entries_AreBounded()
    {
        await using var harness = await Harness.StartAsync(o => o.JournalCapacity = 3);

        for (var i = 0; i < 5; i++)
        {
            using var response = await harness.SendAsync(HttpMethod.Get, $"/static/n{i}");
        }

        Assert.Equal(["n2", "n3", "n4"], harness.Server.Journal.Entries.Select(e => e.Path));
        Assert.Equal(5, harness.Server.Journal.Count(SimulatorRoute.StaticGet));
    }

    [Fact]
    public async Task Journal_LeaseIds_AreBounded()
    {
        await using var harness = await Harness.StartAsync(o => o.JournalLeaseIdCapacity = 2);
        harness.State.PutDynamicSecret(Harness.SiteId, "aws", DynamicSecretDefinition.Aws());
        var issued = new List<string>();

        for (var i = 0; i < 4; i++)
        {
            using var response = await harness.GenerateAsync(string.Empty, "aws");
            issued.Add((await Harness.ReadJsonAsync(response)).GetProperty("secret").GetProperty("leaseId").GetString()!);
        }

        Assert.Equal(issued.Skip(2), harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task Journal_Clear_ResetsEverything()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "aws", DynamicSecretDefinition.Aws());
        using var response = await harness.GenerateAsync(string.Empty, "aws");

        harness.Server.Journal.Clear();

        Assert.Equal(0, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate));
        Assert.Equal(0, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate, 201));
        Assert.Empty(harness.Server.Journal.LeaseIds);
        Assert.Empty(harness.Server.Journal.Entries);
    }

    [Fact]
    public async Task Journal_CountsOnArrival()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.Faults.SetLatency(TimeSpan.FromMinutes(1), SimulatorRoute.Session);

        var call = harness.SendAsync(HttpMethod.Get, "/session");
        await harness.WaitForArrivalsAsync(SimulatorRoute.Session, 1);

        var completedBeforeAdvance = harness.Server.Journal.Count(SimulatorRoute.Session, 200);
        await harness.AdvanceUntilCompletedAsync(call, TimeSpan.FromMinutes(1));
        using var response = await call;

        Assert.Equal(0, completedBeforeAdvance);
        Assert.Equal(1, harness.Server.Journal.Count(SimulatorRoute.Session, 200));
        Assert.Equal(1, harness.Server.Journal.Count(SimulatorRoute.Session));
    }
}
