using System.Net;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class AuthTests
{
    [Fact]
    public async Task UnknownToken_Returns401()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/session", token: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", body.GetProperty("error").GetString());
        Assert.Equal("invalid_token", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task MissingToken_Returns401()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/session", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("missing_token", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ExpiredToken_Returns401AfterExpiry()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.AddToken(Harness.SiteId, "short-lived", expiresAt: Harness.Start.AddHours(1));

        var (before, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session", token: "short-lived");
        harness.Time.Advance(TimeSpan.FromHours(1));
        var (after, body) = await harness.SendJsonAsync(HttpMethod.Get, "/session", token: "short-lived");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Equal("token_expired", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task MissingVersionHeader_LooksLikeAuthFailure()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/session", apiVersion: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", body.GetProperty("error").GetString());
        Assert.Contains("missing bt-secrets-api-version header", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsupportedVersion_Returns400NamingIt()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/session", apiVersion: "1999-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'1999-01-01'", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedToken_Returns401()
    {
        await using var harness = await Harness.StartAsync();

        var revoked = harness.State.RevokeToken(Harness.SiteId, Harness.Token);
        var (status, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session");

        Assert.True(revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task TokenOfOtherSite_Returns401()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.AddSite("other-site");
        harness.State.AddToken("other-site", "other-token");

        var (status, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session", token: "other-token");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task UnknownSite_Returns404Json()
    {
        await using var harness = await Harness.StartAsync();
        using var request = harness.Request(HttpMethod.Get, string.Empty);
        request.RequestUri = new Uri($"{harness.Server.ApiUrl}/00000000-0000-0000-0000-000000000000/secrets/session");

        using var response = await harness.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await Harness.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("site_not_found", body.GetProperty("code").GetString());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReadOnlyToken_GenerateReturns403()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws());
        harness.State.AddToken(Harness.SiteId, "reader", [new TokenPermission("production", SecretActions.Read)]);

        using var response = await harness.GenerateAsync("production", "aws-temp", token: "reader");
        var body = await Harness.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", body.GetProperty("error").GetString());
        Assert.Contains("'generate'", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task GenerateOnlyToken_ReadReturns403()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "production/db", new() { ["password"] = "x" });
        harness.State.AddToken(Harness.SiteId, "minter", [new TokenPermission("production", SecretActions.Generate)]);

        var (status, _) = await harness.SendJsonAsync(HttpMethod.Get, "/static/db?folder=production", token: "minter");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [InlineData("prod", "prod", HttpStatusCode.OK)]
    [InlineData("prod", "prod/db", HttpStatusCode.OK)]
    [InlineData("prod", "production", HttpStatusCode.Forbidden)]
    [InlineData("prod/db", "prod", HttpStatusCode.Forbidden)]
    [InlineData("", "anything/deep", HttpStatusCode.OK)]
    [InlineData("*", "anything", HttpStatusCode.OK)]
    [InlineData("/prod/", "prod/db", HttpStatusCode.OK)]
    public async Task Permission_FolderPrefix_MatchesWholeSegments(string granted, string folder, HttpStatusCode expected)
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, folder + "/secret", new() { ["k"] = "v" });
        harness.State.AddToken(Harness.SiteId, "scoped", [new TokenPermission(granted, SecretActions.Read)]);

        var (status, _) = await harness.SendJsonAsync(HttpMethod.Get, $"/static/secret?folder={Uri.EscapeDataString(folder)}", token: "scoped");

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Session_NeedsNoFolderPermission()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.AddToken(Harness.SiteId, "nothing", []);

        var (status, _) = await harness.SendJsonAsync(HttpMethod.Get, "/session", token: "nothing");

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
