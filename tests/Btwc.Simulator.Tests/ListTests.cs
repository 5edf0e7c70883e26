using System.Net;
using System.Text.Json;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class ListTests
{
    private static async Task<Harness> StartWithTreeAsync()
    {
        var harness = await Harness.StartAsync();
        foreach (var path in new[] { "prod/db/password", "prod/db/user", "prod/api/key", "prod/top", "production/other", "rootsecret" })
        {
            harness.State.PutStaticSecret(Harness.SiteId, path, new() { ["value"] = "hidden-" + path }, new Dictionary<string, string> { ["p"] = path });
        }

        return harness;
    }

    private static string[] Paths(JsonElement body) => [.. body.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("path").GetString()!)];

    [Fact]
    public async Task List_Recursive_ReturnsNestedSorted()
    {
        await using var harness = await StartWithTreeAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static?path=prod&recursive=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["/prod/api/key", "/prod/db/password", "/prod/db/user", "/prod/top"], Paths(body));
    }

    [Fact]
    public async Task List_Entries_HaveMetadataNoValues()
    {
        await using var harness = await StartWithTreeAsync();

        using var response = await harness.SendAsync(HttpMethod.Get, "/static?path=prod/db&recursive=true");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var entry = JsonDocument.Parse(text).RootElement.GetProperty("data")[0];

        Assert.DoesNotContain("hidden-", text, StringComparison.Ordinal);
        Assert.Equal("static", entry.GetProperty("type").GetString());
        Assert.Equal("prod/db/password", entry.GetProperty("metadata").GetProperty("tags").GetProperty("p").GetString());
        Assert.Equal(1, entry.GetProperty("versions").GetArrayLength());
    }

    [Theory]
    [InlineData("/static?path=prod&recursive=TRUE")]
    [InlineData("/static?recursive=1&path=%2Fprod%2F")]
    [InlineData("/static?path=prod&recursive=true&extra=x")]
    public async Task List_RecursiveSpellings_AreAccepted(string query)
    {
        await using var harness = await StartWithTreeAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, Paths(body).Length);
    }

    [Theory]
    [InlineData("/static?path=prod")]
    [InlineData("/static?path=prod&recursive=false")]
    public async Task List_NotRecursive_ReturnsDirectChildrenOnly(string query)
    {
        await using var harness = await StartWithTreeAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["/prod/top"], Paths(body));
    }

    [Fact]
    public async Task List_Root_RecursiveReturnsAll()
    {
        await using var harness = await StartWithTreeAsync();

        var (_, all) = await harness.SendJsonAsync(HttpMethod.Get, "/static?recursive=true");
        var (_, direct) = await harness.SendJsonAsync(HttpMethod.Get, "/static");

        Assert.Equal(6, Paths(all).Length);
        Assert.Equal(["/rootsecret"], Paths(direct));
    }

    [Fact]
    public async Task List_UnknownFolder_Returns404()
    {
        await using var harness = await StartWithTreeAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static?path=pro&recursive=true");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("folder_not_found", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task List_EmptyRoot_ReturnsEmptyData()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static?recursive=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task List_UnicodeFolder_Matches()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutStaticSecret(Harness.SiteId, "dossier é/sous dossier/clé", new() { ["v"] = "1" });

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, $"/static?path={Uri.EscapeDataString("dossier é")}&recursive=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["/dossier é/sous dossier/clé"], Paths(body));
    }
}
