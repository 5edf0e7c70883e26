using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class StaticSecretTests
{
    [Fact]
    public async Task Get_ReturnsSecretTypePathMetadataVersions()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "prod/db/postgresCreds", new() { ["username"] = "app", ["password"] = "pw1" }, new Dictionary<string, string> { ["env"] = "prod" });

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static/postgresCreds?folder=prod%2Fdb");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("app", body.GetProperty("secret").GetProperty("username").GetString());
        Assert.Equal("pw1", body.GetProperty("secret").GetProperty("password").GetString());
        Assert.Equal("static", body.GetProperty("type").GetString());
        Assert.Equal("/prod/db/postgresCreds", body.GetProperty("path").GetString());
        var metadata = body.GetProperty("metadata");
        Assert.True(Guid.TryParse(metadata.GetProperty("id").GetString(), out _));
        Assert.Equal("prod", metadata.GetProperty("tags").GetProperty("env").GetString());
        Assert.Equal(1, metadata.GetProperty("version").GetInt32());
        Assert.Equal("2026-01-02T03:04:05Z", metadata.GetProperty("createdAt").GetString());
        Assert.Equal(1, body.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Get_NonStringValues_KeptAsWritten()
    {
        await using var harness = await Harness.StartAsync();
        var secret = JsonNode.Parse("""{"port":5432,"ratio":1.50,"big":12345678901234567890,"on":true,"none":null,"list":[1,"a"],"nested":{"k":"v"}}""")!.AsObject();
        harness.State.PutStaticSecret(Harness.SiteId, "types", secret);

        using var response = await harness.SendAsync(HttpMethod.Get, "/static/types");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""{"port":5432,"ratio":1.50,"big":12345678901234567890,"on":true,"none":null,"list":[1,"a"],"nested":{"k":"v"}}""", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RootSecret_NeedsNoFolder()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "/top", new() { ["k"] = "v" });

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static/top");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/top", body.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("földer/日本語 dir", "pässwörd ключ")]
    [InlineData("a+b/c&d=e", "name?with#chars")]
    [InlineData("percent%2Fnot-a-slash", "literal%41")]
    [InlineData("x", "name@~*^_-")]
    public async Task Get_EscapedAndUnicodeNames_RoundTrip(string folder, string name)
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, folder + "/" + name, new() { ["value"] = "ünïcødé ✓" });

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, $"/static/{Uri.EscapeDataString(name)}?folder={Uri.EscapeDataString(folder)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ünïcødé ✓", body.GetProperty("secret").GetProperty("value").GetString());
        Assert.Equal($"/{folder}/{name}", body.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Get_Missing_Returns404WithDetails()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static/absent?folder=prod");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", body.GetProperty("error").GetString());
        Assert.Equal("secret not found", body.GetProperty("message").GetString());
        Assert.Equal("prod", body.GetProperty("details").GetProperty("folder").GetString());
        Assert.Equal("absent", body.GetProperty("details").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_Deleted_Returns404()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "prod/gone", new() { ["k"] = "v" });

        var deleted = harness.State.DeleteStaticSecret(Harness.SiteId, "prod/gone");
        var (status, _) = await harness.SendJsonAsync(HttpMethod.Get, "/static/gone?folder=prod");

        Assert.True(deleted);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Put_Twice_AddsVersionKeepsId()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "prod/rotating", new() { ["v"] = "1" });
        var (_, first) = await harness.SendJsonAsync(HttpMethod.Get, "/static/rotating?folder=prod");
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        harness.State.PutStaticSecret(Harness.SiteId, "prod/rotating", new() { ["v"] = "2" });
        var (_, second) = await harness.SendJsonAsync(HttpMethod.Get, "/static/rotating?folder=prod");

        Assert.Equal("2", second.GetProperty("secret").GetProperty("v").GetString());
        Assert.Equal(2, second.GetProperty("metadata").GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("metadata").GetProperty("id").GetString(), second.GetProperty("metadata").GetProperty("id").GetString());
        Assert.Equal(2, second.GetProperty("versions").GetArrayLength());
        Assert.Equal("2026-01-02T03:09:05Z", second.GetProperty("versions")[1].GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Get_EmptyFolderSegment_Returns400()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static/x?folder=a%2F%2Fb");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(JsonValueKind.String, body.GetProperty("message").ValueKind);
    }

    [Fact]
    public void Put_EmptyName_Throws()
    {
        var state = new SimulatorState(TimeProvider.System, new Internal.SimulatorRandom(1));
        state.AddSite("s");

        var error = Assert.Throws<ArgumentException>(() => state.PutStaticSecret("s", "folder/", new JsonObject()));

        Assert.Contains("'folder/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Put_UnknownSite_ThrowsNamingIt()
    {
        var state = new SimulatorState(TimeProvider.System, new Internal.SimulatorRandom(1));

        var error = Assert.Throws<KeyNotFoundException>(() => state.PutStaticSecret("missing-site", "a/b", new JsonObject()));

        Assert.Contains("'missing-site'", error.Message, StringComparison.Ordinal);
    }
}
