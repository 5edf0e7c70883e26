using Btwc.Client.Tests.Infrastructure;

namespace Btwc.Client.Tests.Stub;

public sealed class RequestShapeTests : IAsyncLifetime
{
    private const string Base = "/site/" + StubServer.SiteId + "/secrets";

    private StubServer _server = null!;
    private readonly ClientHarness _harness = new();

    public async ValueTask InitializeAsync() => _server = await StubServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Session_SendsHeaders()
    {
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal(Base + "/session", request.Target);
        Assert.Equal("Bearer " + ClientHarness.CanaryToken, request.Headers["Authorization"]);
        Assert.Equal("2026-04-28", request.Headers["bt-secrets-api-version"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
    }

    [Fact]
    public async Task ApiUrlTrailingSlash_NoDoubleSlash()
    {
        var client = _harness.Create(new Uri(_server.ApiUrl + "//"), _server.CaPem);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Base + "/session", Assert.Single(_server.Requests).Target);
    }

    [Theory]
    [InlineData("production/aws-temp", "/dynamic/aws-temp/generate?folder=production")]
    [InlineData("a/b/c/name", "/dynamic/name/generate?folder=a%2Fb%2Fc")]
    [InlineData("name", "/dynamic/name/generate")]
    [InlineData("/name", "/dynamic/name/generate")]
    [InlineData("dossier é/clé ü", "/dynamic/cl%C3%A9%20%C3%BC/generate?folder=dossier%20%C3%A9")]
    [InlineData("f?x#y&z=1/n%2F?#", "/dynamic/n%252F%3F%23/generate?folder=f%3Fx%23y%26z%3D1")]
    public async Task Generate_EscapesNameAndFolder(string path, string expected)
    {
        _server.DefaultResponder = context => StubServer.Json(context, 201, "{\"secret\":{\"k\":\"v\"}}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.GenerateAsync(SecretPath.Parse(path), TestContext.Current.CancellationToken);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Base + expected, request.Target);
    }

    [Theory]
    [InlineData("prod/db/postgresCreds", "/static/postgresCreds?folder=prod%2Fdb")]
    [InlineData("postgresCreds", "/static/postgresCreds")]
    [InlineData("a b/c+d", "/static/c%2Bd?folder=a%20b")]
    public async Task Get_EscapesNameAndFolder(string path, string expected)
    {
        _server.DefaultResponder = context => StubServer.Json(context, 200, "{\"secret\":{}}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.GetStaticSecretAsync(SecretPath.Parse(path), TestContext.Current.CancellationToken);

        Assert.Equal(Base + expected, Assert.Single(_server.Requests).Target);
    }

    [Theory]
    [InlineData("prod/db", "/static?path=prod%2Fdb&recursive=true")]
    [InlineData("/prod/db/", "/static?path=prod%2Fdb&recursive=true")]
    [InlineData("", "/static?recursive=true")]
    [InlineData("/", "/static?recursive=true")]
    public async Task List_UsesPathAndRecursive(string folder, string expected)
    {
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.ListStaticSecretsAsync(folder, TestContext.Current.CancellationToken);

        Assert.Equal(Base + expected, Assert.Single(_server.Requests).Target);
    }

    [Fact]
    public async Task List_InvalidFolder_ThrowsBeforeSending()
    {
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcConfigurationException>(() => client.ListStaticSecretsAsync("a//b", TestContext.Current.CancellationToken));

        Assert.Contains("\"a//b\"", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task TokenRotation_NextRequestUsesNewToken()
    {
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);
        _harness.Token = "  rotated-token-2\n";
        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Bearer rotated-token-2", _server.Requests[1].Headers["Authorization"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two words")]
    [InlineData("tökén")]
    public async Task BadToken_ThrowsWithoutShowingIt(string token)
    {
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);
        _harness.Token = token;

        var exception = await Assert.ThrowsAsync<BtwcConfigurationException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.Equal("TokenSource", exception.Field);
        if (token.Trim().Length > 0)
        {
            Assert.DoesNotContain(token, exception.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ApiVersion_Custom_Sent()
    {
        var client = _harness.Create(_server.ApiUrl, _server.CaPem, configure: options => options.ApiVersion = "2027-01-01");

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Equal("2027-01-01", Assert.Single(_server.Requests).Headers["bt-secrets-api-version"]);
    }
}
