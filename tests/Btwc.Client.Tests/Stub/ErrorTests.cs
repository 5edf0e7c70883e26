using Btwc.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Btwc.Client.Tests.Stub;

public sealed class ErrorTests : IAsyncLifetime
{
    private static readonly SecretPath Static = SecretPath.Parse("prod/db/postgresCreds");

    private StubServer _server = null!;
    private readonly ClientHarness _harness = new();

    public async ValueTask InitializeAsync() => _server = await StubServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(401, "unauthorized", "token is expired", "Check that the token is valid")]
    [InlineData(403, "forbidden", "missing read permission", "\"read\" permission on folder \"prod/db\"")]
    [InlineData(404, "not_found", "secret not found", "Check that a static secret with this folder and name exists")]
    [InlineData(409, "conflict", "version mismatch", "conflicts")]
    [InlineData(500, "internal", "boom", "The API failed")]
    public async Task Get_ErrorStatus_MessageJoinsFields(int status, string code, string message, string hint)
    {
        _server.DefaultResponder = context => StubServer.Json(context, status, $"{{\"error\":\"{code}\",\"message\":\"{message}\",\"details\":{{\"field\":\"x\"}}}}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem, configure: options => options.Retry.MaxReadRetries = 0);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GetStaticSecretAsync(Static, TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.Http, exception.Kind);
        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal(message, exception.ApiMessage);
        Assert.Equal("{\"field\":\"x\"}", exception.Details);
        Assert.Equal("prod/db/postgresCreds", exception.Path);
        Assert.Equal("get", exception.Operation);
        Assert.Contains($"HTTP {status}: {code}: {message} (details: {{\"field\":\"x\"}})", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"prod/db/postgresCreds\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains(hint, exception.Message, StringComparison.Ordinal);
        Assert.Equal(status == 404, exception.IsNotFound);
        Assert.Equal(status is 401 or 403, exception.IsAuthenticationFailure);
        Assert.False(exception.IsRateLimited);
        ClientHarness.AssertHidesToken(exception);
    }

    [Fact]
    public async Task Error_CodeFieldAndNonJsonBody_Described()
    {
        _server.EnqueueJson(400, "{\"code\":\"bad_request\"}");
        _server.EnqueueJson(502, "<html>bad gateway</html>");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem, configure: options => options.Retry.MaxReadRetries = 0);

        var coded = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));
        var html = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.Equal("bad_request", coded.ErrorCode);
        Assert.Contains("HTTP 400: bad_request", coded.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 502: unexpected response body", html.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_BodyEchoesToken_Redacted()
    {
        _server.DefaultResponder = context => StubServer.Json(context, 401,
            $"{{\"error\":\"bad token {ClientHarness.CanaryToken}\",\"message\":\"Bearer {ClientHarness.CanaryToken} rejected\",\"details\":{{\"token\":\"{ClientHarness.CanaryToken}\"}}}}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GetStaticSecretAsync(Static, TestContext.Current.CancellationToken));

        Assert.Contains("[redacted]", exception.Message, StringComparison.Ordinal);
        ClientHarness.AssertHidesToken(exception);
        _harness.AssertLogsHideToken();
    }

    [Fact]
    public async Task Generate_Forbidden_HintNamesGeneratePermission()
    {
        _server.EnqueueJson(403, "{\"error\":\"forbidden\"}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GenerateAsync(SecretPath.Parse("production/aws-temp"), TestContext.Current.CancellationToken));

        Assert.Contains("\"generate\" permission on folder \"production\"", exception.Message, StringComparison.Ordinal);
        Assert.Equal("generate", exception.Operation);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Get_BodyOverCap_ResponseTooLarge(bool declareLength)
    {
        var body = "{\"secret\":{\"k\":\"" + new string('x', 5000) + "\"}}";
        _server.DefaultResponder = async context =>
        {
            context.Response.StatusCode = 200;
            if (declareLength)
            {
                context.Response.ContentLength = body.Length;
            }

            await context.Response.WriteAsync(body);
        };
        var client = _harness.Create(_server.ApiUrl, _server.CaPem, configure: options => options.MaxResponseBytes = 1024);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GetStaticSecretAsync(Static, TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.ResponseTooLarge, exception.Kind);
        Assert.Contains("response exceeded 1024 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Get_BodyExactlyAtCap_Accepted()
    {
        var body = "{\"secret\":{\"k\":\"" + new string('x', 1000) + "\"}}";
        _server.EnqueueJson(200, body);
        var client = _harness.Create(_server.ApiUrl, _server.CaPem, configure: options => options.MaxResponseBytes = body.Length);

        var secret = await client.GetStaticSecretAsync(Static, TestContext.Current.CancellationToken);

        Assert.Equal(1000, secret.Values[0].Value.Length);
    }

    [Fact]
    public async Task Redirect_NotFollowed()
    {
        _server.Enqueue(context =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = "https://127.0.0.1:1/elsewhere";
            return Task.CompletedTask;
        });
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.Equal(307, exception.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Generate_DroppedConnection_TransportNotRetried()
    {
        _server.DefaultResponder = context =>
        {
            context.Abort();
            return Task.CompletedTask;
        };
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GenerateAsync(SecretPath.Parse("p/n"), TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.Transport, exception.Kind);
        Assert.Contains(_server.ApiUrl.ToString().TrimEnd('/'), exception.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
        ClientHarness.AssertHidesToken(exception);
    }

    [Fact]
    public async Task Read_DroppedConnection_Retried()
    {
        _server.Enqueue(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        _server.EnqueueJson(200, "{\"secret\":{\"k\":\"v\"}}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        var secret = await client.GetStaticSecretAsync(Static, TestContext.Current.CancellationToken);

        Assert.Equal("v", secret.Values[0].Value);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ConnectionRefused_Transport()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = _harness.Create(new Uri($"https://127.0.0.1:{port}/site"), _server.CaPem, configure: options => options.Retry.MaxReadRetries = 1);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.Transport, exception.Kind);
        Assert.Contains("after 2 attempts", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.IsTransient);
    }

    [Fact]
    public async Task Cancellation_ThrowsOperationCanceled()
    {
        _server.DefaultResponder = context => Task.Delay(Timeout.Infinite, context.RequestAborted);
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var call = client.CheckSessionAsync(cancellation.Token);
        await _server.WaitForRequestsAsync(1);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_server.Requests);
    }
}
