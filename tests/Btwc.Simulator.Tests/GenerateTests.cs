using System.Net;
using System.Text.Json;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class GenerateTests
{
    private static string[] Keys(JsonElement secret) => [.. secret.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task Generate_Aws_ReturnsKeysInOrder()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws(3600));

        using var response = await harness.GenerateAsync("production", "aws-temp");
        var secret = (await Harness.ReadJsonAsync(response)).GetProperty("secret");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["accessKeyId", "secretAccessKey", "sessionToken", "leaseId", "expiration"], Keys(secret));
        Assert.Matches("^ASIA[A-Z2-7]{16}$", secret.GetProperty("accessKeyId").GetString());
        Assert.Equal(40, secret.GetProperty("secretAccessKey").GetString()!.Length);
        Assert.False(string.IsNullOrEmpty(secret.GetProperty("sessionToken").GetString()));
        Assert.True(Guid.TryParse(secret.GetProperty("leaseId").GetString(), out _));
    }

    [Fact]
    public async Task Generate_Expiration_IsFakeNowPlusTtl()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws(3600));
        harness.Time.Advance(TimeSpan.FromMilliseconds(1750));

        using var response = await harness.GenerateAsync("production", "aws-temp");
        var secret = (await Harness.ReadJsonAsync(response)).GetProperty("secret");

        Assert.Equal("2026-01-02T04:04:06Z", secret.GetProperty("expiration").GetString());
    }

    [Fact]
    public async Task Generate_AwsWithoutSessionToken_OmitsIt()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "aws-basic", DynamicSecretDefinition.Aws(900, includeSessionToken: false));

        using var response = await harness.GenerateAsync(string.Empty, "aws-basic");
        var secret = (await Harness.ReadJsonAsync(response)).GetProperty("secret");

        Assert.Equal(["accessKeyId", "secretAccessKey", "leaseId", "expiration"], Keys(secret));
        Assert.Equal("2026-01-02T03:19:05Z", secret.GetProperty("expiration").GetString());
    }

    [Fact]
    public async Task Generate_Azure_ReturnsKeysInOrder()
    {
        await using var harness = await Harness.StartAsync();
        var definition = DynamicSecretDefinition.Azure(7200) with { TenantId = "tenant-1", ClientId = "client-1" };
        harness.State.PutDynamicSecret(Harness.SiteId, "cloud/azure/sp", definition);

        using var response = await harness.GenerateAsync("cloud/azure", "sp");
        var secret = (await Harness.ReadJsonAsync(response)).GetProperty("secret");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["clientId", "clientSecret", "tenantId", "leaseId", "expiration"], Keys(secret));
        Assert.Equal("client-1", secret.GetProperty("clientId").GetString());
        Assert.Equal("tenant-1", secret.GetProperty("tenantId").GetString());
        Assert.Equal("2026-01-02T05:04:05Z", secret.GetProperty("expiration").GetString());
    }

    [Fact]
    public async Task Generate_ManyCalls_LeaseIdsUniqueInOrder()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws());
        var issued = new List<string>();

        for (var i = 0; i < 50; i++)
        {
            using var response = await harness.GenerateAsync("production", "aws-temp");
            issued.Add((await Harness.ReadJsonAsync(response)).GetProperty("secret").GetProperty("leaseId").GetString()!);
        }

        Assert.Equal(50, issued.Distinct().Count());
        Assert.Equal(issued, harness.Server.Journal.LeaseIds);
        Assert.Equal(50, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate, 201));
    }

    [Fact]
    public async Task Generate_Concurrent_UniqueLeaseIds()
    {
        await using var harness = await Harness.StartAsync(o => o.RandomSeed = null);
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws());

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            using var response = await harness.GenerateAsync("production", "aws-temp");

            return (await Harness.ReadJsonAsync(response)).GetProperty("secret").GetProperty("leaseId").GetString()!;
        }));

        Assert.Equal(64, results.Distinct().Count());
        Assert.Equal(64, harness.Server.Journal.LeaseIds.Count);
    }

    [Fact]
    public async Task Generate_UnknownDefinition_Returns404WithoutLease()
    {
        await using var harness = await Harness.StartAsync();

        using var response = await harness.GenerateAsync("production", "missing");
        var body = await Harness.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("dynamic_secret_not_found", body.GetProperty("code").GetString());
        Assert.Empty(harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task GetDefinition_ReturnsPathConfigMetadata()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws(1800));

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/dynamic/aws-temp?folder=production");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/production/aws-temp", body.GetProperty("path").GetString());
        Assert.Equal("aws", body.GetProperty("config").GetProperty("type").GetString());
        Assert.Equal("assumed_role", body.GetProperty("config").GetProperty("credentialType").GetString());
        Assert.Equal(1800, body.GetProperty("config").GetProperty("ttl").GetInt32());
        Assert.True(body.GetProperty("metadata").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task GetDefinition_Azure_HasServicePrincipalType()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "az", DynamicSecretDefinition.Azure());

        var (_, body) = await harness.SendJsonAsync(HttpMethod.Get, "/dynamic/az");

        Assert.Equal("azure", body.GetProperty("config").GetProperty("type").GetString());
        Assert.Equal("service_principal_password", body.GetProperty("config").GetProperty("credentialType").GetString());
    }

    [Fact]
    public async Task Generate_DeletedDefinition_Returns404()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "production/aws-temp", DynamicSecretDefinition.Aws());

        var deleted = harness.State.DeleteDynamicSecret(Harness.SiteId, "production/aws-temp");
        using var response = await harness.GenerateAsync("production", "aws-temp");

        Assert.True(deleted);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Generate_SameRandomSeed_SameValues()
    {
        async Task<string> FirstAccessKeyAsync()
        {
            await using var harness = await Harness.StartAsync(o => o.RandomSeed = 7);
            harness.State.PutDynamicSecret(Harness.SiteId, "aws", DynamicSecretDefinition.Aws());
            using var response = await harness.GenerateAsync(string.Empty, "aws");

            return (await Harness.ReadJsonAsync(response)).GetProperty("secret").GetRawText();
        }

        var first = await FirstAccessKeyAsync();
        var second = await FirstAccessKeyAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Generate_UnicodeName_Works()
    {
        await using var harness = await Harness.StartAsync();
        harness.State.PutDynamicSecret(Harness.SiteId, "équipe prod/clé aws+1", DynamicSecretDefinition.Aws());

        using var response = await harness.GenerateAsync("équipe prod", "clé aws+1");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("équipe prod/clé aws+1", harness.Server.Journal.Entries[^1].Path);
    }

    [Fact]
    public void PutDynamic_NonPositiveTtl_Throws()
    {
        var state = new SimulatorState(TimeProvider.System, new Internal.SimulatorRandom(1));
        state.AddSite("s");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => state.PutDynamicSecret("s", "a/b", DynamicSecretDefinition.Aws(0)));

        Assert.Contains("'a/b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_Status200Option_Returns200()
    {
        await using var harness = await Harness.StartAsync(o => o.GenerateStatusCode = 200);
        harness.State.PutDynamicSecret(Harness.SiteId, "aws", DynamicSecretDefinition.Aws());

        using var response = await harness.GenerateAsync(string.Empty, "aws");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, harness.Server.Journal.Count(SimulatorRoute.DynamicGenerate, 200));
        Assert.Single(harness.Server.Journal.LeaseIds);
    }

    [Fact]
    public async Task Start_InvalidGenerateStatus_Throws()
    {
        var options = new SimulatorOptions { GenerateStatusCode = 202 };

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SimulatorServer.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("'202'", error.Message, StringComparison.Ordinal);
    }
}
