using System.Net;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class SessionTests
{
    [Fact]
    public async Task Session_ValidToken_ReturnsValidTrue()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/session");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Session_Http2_IsServed()
    {
        await using var harness = await Harness.StartAsync();
        using var request = harness.Request(HttpMethod.Get, "/session");
        request.Version = HttpVersion.Version20;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;

        using var response = await harness.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
    }

    [Fact]
    public async Task Session_ApiUrl_IsHttpsOnLoopback()
    {
        await using var harness = await Harness.StartAsync();

        var apiUrl = harness.Server.ApiUrl;

        Assert.Equal("https", apiUrl.Scheme);
        Assert.Equal("127.0.0.1", apiUrl.Host);
        Assert.Equal("/site", apiUrl.AbsolutePath);
        Assert.NotEqual(0, apiUrl.Port);
        Assert.Equal($"{apiUrl}/{Harness.SiteId}/secrets", harness.Base);
    }

    [Fact]
    public async Task Session_PlainHttp_IsRejected()
    {
        await using var harness = await Harness.StartAsync();
        using var plain = new HttpClient();

        var call = plain.GetAsync($"http://127.0.0.1:{harness.Server.Port}/site/{Harness.SiteId}/secrets/session", TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => call);
    }

    [Fact]
    public async Task UnknownRoute_Returns404Json()
    {
        await using var harness = await Harness.StartAsync();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task WrongMethod_Returns405WithAllow()
    {
        await using var harness = await Harness.StartAsync();

        using var response = await harness.SendAsync(HttpMethod.Get, "/dynamic/aws/generate?folder=x");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Session_Tls12OnlyClient_IsServed()
    {
        await using var harness = await Harness.StartAsync();
        var handler = TrustingHandler.Create(harness.Server.CaCertificatePem);
        handler.SslOptions.EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls12;
        using var client = new HttpClient(handler);

        using var response = await client.SendAsync(harness.Request(HttpMethod.Get, "/session"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_KestrelEnvironmentEndpoints_AreIgnored()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Environment.SetEnvironmentVariable("Kestrel__Endpoints__Extra__Url", $"http://127.0.0.1:{port}");
        try
        {
            await using var harness = await Harness.StartAsync();
            using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);

            var connect = socket.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken).AsTask();

            await Assert.ThrowsAsync<System.Net.Sockets.SocketException>(() => connect);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Kestrel__Endpoints__Extra__Url", null);
        }
    }
}
