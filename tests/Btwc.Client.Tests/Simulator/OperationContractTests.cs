using System.Text.Json.Nodes;
using Btwc.Simulator;

namespace Btwc.Client.Tests.Simulator;

/// <summary>Every operation against the real simulator over HTTPS.</summary>
public sealed class OperationContractTests : SimulatorTestBase
{
    [Fact]
    public async Task Session_Valid()
    {
        await Client.CheckSessionAsync(Cancel);

        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.Session, 200));
    }

    [Fact]
    public async Task Get_NonStringValues_ExactText()
    {
        var secret = JsonNode.Parse("""{"host":"db","port":5432,"ts":1754110382,"big":12345678901234567890,"ratio":0.1,"ssl":true,"opt":null,"list":["a","b"],"nested":{"k":"v"}}""")!.AsObject();
        State.PutStaticSecret(SiteId, "prod/db/dbCreds", secret, new Dictionary<string, string> { ["env"] = "prod" });

        var read = await Client.GetStaticSecretAsync(SecretPath.Parse("prod/db/dbCreds"), Cancel);

        var values = read.Values.ToDictionary();
        Assert.Equal(["host", "port", "ts", "big", "ratio", "ssl", "opt", "list", "nested"], read.Values.Select(pair => pair.Key));
        Assert.Equal("db", values["host"]);
        Assert.Equal("5432", values["port"]);
        Assert.Equal("1754110382", values["ts"]);
        Assert.Equal("12345678901234567890", values["big"]);
        Assert.Equal("0.1", values["ratio"]);
        Assert.Equal("true", values["ssl"]);
        Assert.Equal("null", values["opt"]);
        Assert.Equal("[\"a\",\"b\"]", values["list"]);
        Assert.Equal("{\"k\":\"v\"}", values["nested"]);
        Assert.Equal("prod", read.Tags["env"]);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task Get_NewVersion_VersionIncreases()
    {
        State.PutStaticSecret(SiteId, "a/b", new JsonObject { ["k"] = "1" });
        State.PutStaticSecret(SiteId, "a/b", new JsonObject { ["k"] = "2" });

        var read = await Client.GetStaticSecretAsync(SecretPath.Parse("a/b"), Cancel);

        Assert.Equal("2", read.Values[0].Value);
        Assert.Equal(2, read.Version);
    }

    [Theory]
    [InlineData("rootName")]
    [InlineData("/rootName")]
    [InlineData("a/b/c/name")]
    [InlineData("dossier é/sous-dossier/clé ü")]
    [InlineData("spaces and+plus/n m+%25 &=?#")]
    [InlineData("日本/秘密")]
    [InlineData("x-_@~*^/A-z_0@~*^")]
    public async Task Get_UnicodeEscapedRootAndNestedPaths(string path)
    {
        State.PutStaticSecret(SiteId, path, new JsonObject { ["value"] = "for " + path });

        var read = await Client.GetStaticSecretAsync(SecretPath.Parse(path), Cancel);

        Assert.Equal("for " + path, read.Values[0].Value);
    }

    [Fact]
    public async Task List_RecursiveWithTags()
    {
        State.PutStaticSecret(SiteId, "prod/db/postgresCreds", new JsonObject { ["u"] = "app" }, new Dictionary<string, string> { ["env"] = "prod" });
        State.PutStaticSecret(SiteId, "prod/db/deeper/other", new JsonObject { ["u"] = "x" });
        State.PutStaticSecret(SiteId, "production/not-under-prod", new JsonObject { ["u"] = "y" });
        State.PutStaticSecret(SiteId, "rootLevel", new JsonObject { ["u"] = "z" });

        var prod = await Client.ListStaticSecretsAsync("prod/db", Cancel);
        var all = await Client.ListStaticSecretsAsync("", Cancel);

        Assert.Equal(["prod/db/deeper/other", "prod/db/postgresCreds"], prod.Select(entry => entry.SecretPath!.Value.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal("prod", prod.Single(entry => entry.Path.EndsWith("postgresCreds", StringComparison.Ordinal)).Tags["env"]);
        Assert.Equal(4, all.Count);
    }

    [Fact]
    public async Task List_UnicodeFolder()
    {
        State.PutStaticSecret(SiteId, "dossier é/n", new JsonObject { ["u"] = "x" });

        var entries = await Client.ListStaticSecretsAsync("dossier é", Cancel);

        Assert.Equal("dossier é/n", Assert.Single(entries).SecretPath!.Value.ToString());
    }

    [Fact]
    public async Task Generate_Aws_KeysOrderLeaseAndExpiration()
    {
        State.PutDynamicSecret(SiteId, "production/aws-temp", DynamicSecretDefinition.Aws(ttlSeconds: 900));

        var first = await Client.GenerateAsync(SecretPath.Parse("production/aws-temp"), Cancel);
        var second = await Client.GenerateAsync(SecretPath.Parse("production/aws-temp"), Cancel);

        Assert.Equal(["accessKeyId", "secretAccessKey", "sessionToken", "leaseId", "expiration"], first.Values.Select(pair => pair.Key));
        Assert.NotEqual(first.LeaseId, second.LeaseId);
        Assert.Equal([first.LeaseId!, second.LeaseId!], Server.Journal.LeaseIds);
        Assert.Equal(SimulatorTime.GetUtcNow().AddSeconds(900), first.Expiration);
        Assert.EndsWith("Z", first.RawExpiration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_AwsWithoutSessionToken_KeyAbsent()
    {
        State.PutDynamicSecret(SiteId, "aws-root", DynamicSecretDefinition.Aws(includeSessionToken: false));

        var credential = await Client.GenerateAsync(SecretPath.Parse("aws-root"), Cancel);

        Assert.Equal(["accessKeyId", "secretAccessKey", "leaseId", "expiration"], credential.Values.Select(pair => pair.Key));
    }

    [Fact]
    public async Task Generate_Azure_EveryKeyPassedThrough()
    {
        State.PutDynamicSecret(SiteId, "a/b/c/azure-sp", DynamicSecretDefinition.Azure(ttlSeconds: 7200));

        var credential = await Client.GenerateAsync(SecretPath.Parse("a/b/c/azure-sp"), Cancel);

        Assert.Equal(["clientId", "clientSecret", "tenantId", "leaseId", "expiration"], credential.Values.Select(pair => pair.Key));
        Assert.Equal(SimulatorTime.GetUtcNow().AddSeconds(7200), credential.Expiration);
        Assert.All(credential.Values, pair => Assert.NotEmpty(pair.Value));
    }

    [Fact]
    public async Task Generate_UnicodeEscapedPath()
    {
        State.PutDynamicSecret(SiteId, "équipe a+b/clé ü#1", DynamicSecretDefinition.Aws());

        var credential = await Client.GenerateAsync(SecretPath.Parse("équipe a+b/clé ü#1"), Cancel);

        Assert.NotNull(credential.LeaseId);
        Assert.Equal(1, Server.Journal.Count(SimulatorRoute.DynamicGenerate, 201));
    }

    [Fact]
    public async Task TokenRotation_SameClientUsesNewToken()
    {
        State.PutStaticSecret(SiteId, "a/b", new JsonObject { ["k"] = "v" });
        await Client.GetStaticSecretAsync(SecretPath.Parse("a/b"), Cancel);
        State.AddToken(SiteId, "rotated-token", [TokenPermission.All]);
        State.RevokeToken(SiteId, Infrastructure.ClientHarness.CanaryToken);

        Harness.Token = "rotated-token";
        var read = await Client.GetStaticSecretAsync(SecretPath.Parse("a/b"), Cancel);

        Assert.Equal("v", read.Values[0].Value);
        Assert.Equal(2, Server.Journal.Count(SimulatorRoute.StaticGet, 200));
    }

    [Fact]
    public async Task ConcurrentGenerates_AllDistinctLeases()
    {
        State.PutDynamicSecret(SiteId, "p/n", DynamicSecretDefinition.Aws());

        var credentials = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Client.GenerateAsync(SecretPath.Parse("p/n"), Cancel)));

        Assert.Equal(64, credentials.Select(credential => credential.LeaseId).Distinct().Count());
        Assert.Equal(64, Server.Journal.Count(SimulatorRoute.DynamicGenerate));
    }
}
