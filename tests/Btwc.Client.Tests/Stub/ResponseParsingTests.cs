using Btwc.Client.Tests.Infrastructure;

namespace Btwc.Client.Tests.Stub;

public sealed class ResponseParsingTests : IAsyncLifetime
{
    private static readonly SecretPath Dynamic = SecretPath.Parse("production/aws-temp");

    private StubServer _server = null!;
    private readonly ClientHarness _harness = new();

    public async ValueTask InitializeAsync() => _server = await StubServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Get_NonStringValues_KeptExactly()
    {
        const string Body = """
            {"secret":{"host":"db","port":5432,"ts":1754110382,"big":12345678901234567890,"ratio":0.1,"exp":1e400,
            "ssl":true,"off":false,"opt":null,"list":[ "a", "b" ],"nested":{ "k" : "v", "n": 1.50 },"html":{"t":"<&>é"},
            "pem":"-----BEGIN KEY-----\nAB\n-----END KEY-----"},
            "metadata":{"id":"id-1","tags":{"env":"prod","n":3},"version":3,"createdAt":"2026-01-01T00:00:00Z"},"type":"static"}
            """;
        _server.EnqueueJson(200, Body);
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var secret = await client.GetStaticSecretAsync(SecretPath.Parse("prod/db/dbCreds"), TestContext.Current.CancellationToken);

        var values = secret.Values.ToDictionary();
        Assert.Equal(["host", "port", "ts", "big", "ratio", "exp", "ssl", "off", "opt", "list", "nested", "html", "pem"], secret.Values.Select(pair => pair.Key));
        Assert.Equal("db", values["host"]);
        Assert.Equal("5432", values["port"]);
        Assert.Equal("1754110382", values["ts"]);
        Assert.Equal("12345678901234567890", values["big"]);
        Assert.Equal("0.1", values["ratio"]);
        Assert.Equal("1e400", values["exp"]);
        Assert.Equal("true", values["ssl"]);
        Assert.Equal("false", values["off"]);
        Assert.Equal("null", values["opt"]);
        Assert.Equal("[\"a\",\"b\"]", values["list"]);
        Assert.Equal("{\"k\":\"v\",\"n\":1.50}", values["nested"]);
        Assert.Equal("{\"t\":\"<&>é\"}", values["html"]);
        Assert.Equal("-----BEGIN KEY-----\nAB\n-----END KEY-----", values["pem"]);
        Assert.Equal("prod", secret.Tags["env"]);
        Assert.Equal("3", secret.Tags["n"]);
        Assert.Equal(3, secret.Version);
        Assert.Equal("id-1", secret.Id);
        Assert.Equal("static", secret.Type);
        Assert.Equal("prod/db/dbCreds", secret.Path.ToString());
    }

    [Fact]
    public async Task Generate_AwsShape_AllKeysInOrder()
    {
        _server.EnqueueJson(201, """{"secret":{"accessKeyId":"AKIA1","secretAccessKey":"S1","sessionToken":"T1","leaseId":"lease-1","expiration":"2025-12-29T22:35:29Z"}}""");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var credential = await client.GenerateAsync(Dynamic, TestContext.Current.CancellationToken);

        Assert.Equal(["accessKeyId", "secretAccessKey", "sessionToken", "leaseId", "expiration"], credential.Values.Select(pair => pair.Key));
        Assert.Equal("lease-1", credential.LeaseId);
        Assert.Equal("2025-12-29T22:35:29Z", credential.RawExpiration);
        Assert.Equal(new DateTimeOffset(2025, 12, 29, 22, 35, 29, TimeSpan.Zero), credential.Expiration);
    }

    [Fact]
    public async Task Generate_OtherShapeWith200_PassesEveryKey()
    {
        _server.EnqueueJson(200, """{"secret":{"username":"u-1","password":"p-1","leaseId":"lease-9","expiration":"2030-01-01T00:00:00Z","ttl":3600}}""");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var credential = await client.GenerateAsync(Dynamic, TestContext.Current.CancellationToken);

        Assert.Equal(["username", "password", "leaseId", "expiration", "ttl"], credential.Values.Select(pair => pair.Key));
        Assert.Equal("3600", credential.Values[4].Value);
        Assert.Equal("lease-9", credential.LeaseId);
    }

    [Fact]
    public async Task Generate_ExpirationNotRfc3339_KeptRawAndWarned()
    {
        _server.EnqueueJson(201, """{"secret":{"k":"v","expiration":"tomorrow"}}""");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var credential = await client.GenerateAsync(Dynamic, TestContext.Current.CancellationToken);

        Assert.Null(credential.Expiration);
        Assert.Equal("tomorrow", credential.RawExpiration);
        Assert.Contains(_harness.Logs, record => record.Id.Name == "ExpirationNotParsed");
    }

    [Theory]
    [InlineData(201, "", BtwcErrorKind.EmptyCredential)]
    [InlineData(201, "{}", BtwcErrorKind.EmptyCredential)]
    [InlineData(201, "{\"secret\":null}", BtwcErrorKind.EmptyCredential)]
    [InlineData(201, "{\"secret\":{}}", BtwcErrorKind.EmptyCredential)]
    [InlineData(201, "{\"accessKeyId\":\"x\"}", BtwcErrorKind.EmptyCredential)]
    [InlineData(200, "{\"secret\":\"AKIA\"}", BtwcErrorKind.InvalidResponse)]
    [InlineData(200, "{\"secret\":[1]}", BtwcErrorKind.InvalidResponse)]
    [InlineData(201, "[]", BtwcErrorKind.InvalidResponse)]
    [InlineData(201, "{\"secret\":{\"k\":", BtwcErrorKind.InvalidResponse)]
    [InlineData(201, "<html>ok</html>", BtwcErrorKind.InvalidResponse)]
    public async Task Generate_NoCredential_Throws(int status, string body, BtwcErrorKind kind)
    {
        _server.EnqueueJson(status, body);
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GenerateAsync(Dynamic, TestContext.Current.CancellationToken));

        Assert.Equal(kind, exception.Kind);
        Assert.Equal(status, exception.StatusCode);
        Assert.Contains("\"production/aws-temp\"", exception.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Generate_MalformedJson_MessageHidesBody()
    {
        _server.EnqueueJson(201, "{\"secret\":{\"secretAccessKey\":\"leaked-value-123\",");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GenerateAsync(Dynamic, TestContext.Current.CancellationToken));

        Assert.Contains("not valid JSON", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leaked-value-123", exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(202)]
    [InlineData(204)]
    public async Task Generate_OtherSuccessStatus_Throws(int status)
    {
        _server.EnqueueJson(status, status == 204 ? "" : "{\"secret\":{\"k\":\"v\"}}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GenerateAsync(Dynamic, TestContext.Current.CancellationToken));

        Assert.Equal(status, exception.StatusCode);
    }

    [Fact]
    public async Task List_Entries_ParsedWithMetadata()
    {
        _server.EnqueueJson(200, """{"data":[{"path":"/prod/db/postgresCreds","type":"static","metadata":{"tags":{"env":"prod"},"version":2,"id":"x"}},{"path":"/prod/db/other"}]}""");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var entries = await client.ListStaticSecretsAsync("prod/db", TestContext.Current.CancellationToken);

        Assert.Equal(2, entries.Count);
        Assert.Equal("/prod/db/postgresCreds", entries[0].Path);
        Assert.Equal(SecretPath.Parse("prod/db/postgresCreds"), entries[0].SecretPath);
        Assert.Equal("prod", entries[0].Tags["env"]);
        Assert.Equal(2, entries[0].Version);
        Assert.Equal("x", entries[0].Id);
        Assert.Empty(entries[1].Tags);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"data\":null}")]
    [InlineData("{\"data\":[]}")]
    [InlineData("{\"data\":[],\"error\":\"\"}")]
    public async Task List_EmptyOrMissingData_Empty(string body)
    {
        _server.EnqueueJson(200, body);
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var entries = await client.ListStaticSecretsAsync("prod", TestContext.Current.CancellationToken);

        Assert.Empty(entries);
    }

    [Fact]
    public async Task List_ErrorFieldWith200_Throws()
    {
        _server.EnqueueJson(200, """{"data":[{"path":"/a/b"}],"error":"folder index unavailable"}""");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.ListStaticSecretsAsync("prod", TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.Http, exception.Kind);
        Assert.Equal(200, exception.StatusCode);
        Assert.Equal("folder index unavailable", exception.ApiMessage);
        Assert.Contains("folder index unavailable", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"prod\"", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"data\":{}}")]
    [InlineData("{\"data\":[{\"type\":\"static\"}]}")]
    public async Task List_WrongShape_InvalidResponse(string body)
    {
        _server.EnqueueJson(200, body);
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.ListStaticSecretsAsync("prod", TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.InvalidResponse, exception.Kind);
    }

    [Fact]
    public async Task Get_NoSecretObject_InvalidResponse()
    {
        _server.EnqueueJson(200, "{\"type\":\"static\"}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GetStaticSecretAsync(SecretPath.Parse("a/b"), TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.InvalidResponse, exception.Kind);
        Assert.Contains("\"a/b\"", exception.Message, StringComparison.Ordinal);
    }
}
