using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class AdminApiTests
{
    private static async Task<HttpResponseMessage> AdminAsync(Harness harness, HttpMethod method, string path, string? json = null, string? token = "")
    {
        using var request = new HttpRequestMessage(method, new Uri(harness.Server.BaseUrl, path));
        var bearer = token == string.Empty ? harness.Server.AdminToken : token;
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await harness.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-admin-token")]
    [InlineData(Harness.Token)]
    public async Task Admin_WithoutAdminToken_Returns401(string? token)
    {
        await using var harness = await Harness.StartAsync();

        using var response = await AdminAsync(harness, HttpMethod.Put, "/admin/sites/new-site", token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("new-site", harness.State.SiteIds);
    }

    [Fact]
    public async Task Admin_ConfiguredToken_IsUsed()
    {
        await using var harness = await Harness.StartAsync(o => o.AdminToken = "fixed-admin");

        using var response = await AdminAsync(harness, HttpMethod.Get, "/admin/sites", token: "fixed-admin");

        Assert.Equal("fixed-admin", harness.Server.AdminToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Admin_LongToken_IsAccepted()
    {
        var token = new string('k', 400);
        await using var harness = await Harness.StartAsync(o => o.AdminToken = token);

        using var response = await AdminAsync(harness, HttpMethod.Get, "/admin/sites", token: token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Admin_SiteTokenSecretLifecycle_DrivesTenantApi()
    {
        await using var harness = await Harness.StartAsync();
        const string site = "b2c3d4e5-f6a7-8901-bcde-f12345678901";

        using var addSite = await AdminAsync(harness, HttpMethod.Put, $"/admin/sites/{site}");
        using var addToken = await AdminAsync(harness, HttpMethod.Post, $"/admin/sites/{site}/tokens", """{"value":"admin-made","permissions":[{"folder":"prod","actions":["read","generate"]}]}""");
        using var putStatic = await AdminAsync(harness, HttpMethod.Put, $"/admin/sites/{site}/static?path=prod/db", """{"secret":{"password":"pw","port":5432},"tags":{"env":"prod"}}""");
        using var putDynamic = await AdminAsync(harness, HttpMethod.Put, $"/admin/sites/{site}/dynamic?path=prod/aws", """{"type":"aws","ttlSeconds":900}""");
        using var sites = await AdminAsync(harness, HttpMethod.Get, "/admin/sites");
        using var read = await SendTenantAsync(harness, site, HttpMethod.Get, "/static/db?folder=prod");
        using var generated = await SendTenantAsync(harness, site, HttpMethod.Post, "/dynamic/aws/generate?folder=prod");

        Assert.Equal(HttpStatusCode.NoContent, addSite.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, addToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, putStatic.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, putDynamic.StatusCode);
        Assert.Contains(site, (await Harness.ReadJsonAsync(sites)).GetProperty("sites").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(5432, (await Harness.ReadJsonAsync(read)).GetProperty("secret").GetProperty("port").GetInt32());
        Assert.Equal("2026-01-02T03:19:05Z", (await Harness.ReadJsonAsync(generated)).GetProperty("secret").GetProperty("expiration").GetString());
    }

    [Fact]
    public async Task Admin_Deletes_TakeEffect()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "prod/db", new() { ["k"] = "v" });
        harness.State.PutDynamicSecret(Harness.SiteId, "prod/aws", DynamicSecretDefinition.Aws());

        using var deleteStatic = await AdminAsync(harness, HttpMethod.Delete, $"/admin/sites/{Harness.SiteId}/static?path=prod/db");
        using var deleteDynamic = await AdminAsync(harness, HttpMethod.Delete, $"/admin/sites/{Harness.SiteId}/dynamic?path=prod/aws");
        using var deleteAgain = await AdminAsync(harness, HttpMethod.Delete, $"/admin/sites/{Harness.SiteId}/static?path=prod/db");
        using var revoke = await AdminAsync(harness, HttpMethod.Post, $"/admin/sites/{Harness.SiteId}/tokens/revoke", $$"""{"value":"{{Harness.Token}}"}""");
        var (session, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session");
        using var removeSite = await AdminAsync(harness, HttpMethod.Delete, $"/admin/sites/{Harness.SiteId}");

        Assert.Equal(HttpStatusCode.NoContent, deleteStatic.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleteDynamic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, session);
        Assert.Equal(HttpStatusCode.NoContent, removeSite.StatusCode);
        Assert.Empty(harness.State.SiteIds);
    }

    [Fact]
    public async Task Admin_Faults_SetFailNextRateLimitClear()
    {
        await using var harness = await Harness.StartAsync();

        using var set = await AdminAsync(harness, HttpMethod.Put, "/admin/faults", """{"route":"session","serviceUnavailableFraction":1,"serviceUnavailableRetryAfterSeconds":4}""");
        using var unavailable = await harness.SendAsync(HttpMethod.Get, "/session");
        using var clear = await AdminAsync(harness, HttpMethod.Delete, "/admin/faults");
        using var failNext = await AdminAsync(harness, HttpMethod.Post, "/admin/faults/fail-next", """{"route":"staticGet","count":1,"statusCode":502}""");
        using var badGateway = await harness.SendAsync(HttpMethod.Get, "/static/x");
        using var limit = await AdminAsync(harness, HttpMethod.Put, "/admin/faults/token-rate-limit", """{"requestsPerSecond":1}""");
        using var first = await harness.SendAsync(HttpMethod.Get, "/session");
        using var limited = await harness.SendAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(4), unavailable.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, failNext.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, badGateway.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, limit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task Admin_Journal_ReturnsCountsAndClears()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "aws", DynamicSecretDefinition.Aws());
        using var generated = await harness.GenerateAsync(string.Empty, "aws");
        using var missing = await harness.GenerateAsync(string.Empty, "absent");

        using var journal = await AdminAsync(harness, HttpMethod.Get, "/admin/journal");
        var body = await Harness.ReadJsonAsync(journal);
        using var clear = await AdminAsync(harness, HttpMethod.Delete, "/admin/journal");

        var generate = body.GetProperty("counts").GetProperty("dynamicGenerate");
        Assert.Equal(2, generate.GetProperty("total").GetInt32());
        Assert.Equal(1, generate.GetProperty("byStatus").GetProperty("201").GetInt32());
        Assert.Equal(1, generate.GetProperty("byStatus").GetProperty("404").GetInt32());
        Assert.Equal(1, body.GetProperty("leaseIdCount").GetInt32());
        Assert.Equal(2, body.GetProperty("entries").GetArrayLength());
        Assert.DoesNotContain(Harness.Token, body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        Assert.Equal(0, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task Admin_Seed_AddsSites()
    {
        await using var harness = await Harness.StartAsync();

        using var response = await AdminAsync(harness, HttpMethod.Post, "/admin/seed", """{"sites":[{"id":"seeded","tokens":[{"value":"seeded-token"}]}]}""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("seeded", harness.State.SiteIds);
    }

    [Theory]
    [InlineData("PUT", "/admin/faults", """{"route":"nowhere"}""", HttpStatusCode.BadRequest, "'nowhere'")]
    [InlineData("PUT", "/admin/faults", """{"tooManyRequestsFraction":2}""", HttpStatusCode.BadRequest, "fractions")]
    [InlineData("PUT", "/admin/faults", """{not json""", HttpStatusCode.BadRequest, "")]
    [InlineData("POST", "/admin/sites/missing/tokens", """{"value":"t"}""", HttpStatusCode.NotFound, "'missing'")]
    [InlineData("PUT", "/admin/sites/" + Harness.SiteId + "/static", """{"secret":{}}""", HttpStatusCode.BadRequest, "'path'")]
    [InlineData("PUT", "/admin/sites/" + Harness.SiteId + "/dynamic?path=a/b", """{"type":"gcp"}""", HttpStatusCode.BadRequest, "'gcp'")]
    [InlineData("GET", "/admin/unknown", null, HttpStatusCode.NotFound, "no route")]
    public async Task Admin_BadRequests_ExplainTheProblem(string method, string path, string? json, HttpStatusCode expected, string fragment)
    {
        await using var harness = await Harness.StartAsync();

        using var response = await AdminAsync(harness, new HttpMethod(method), path, json);
        var body = await Harness.ReadJsonAsync(response);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(fragment, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendTenantAsync(Harness harness, string site, HttpMethod method, string relative)
    {
        var request = harness.Request(method, string.Empty, token: "admin-made");
        request.RequestUri = new Uri(harness.Server.SiteUrl(site) + relative);

        return harness.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
