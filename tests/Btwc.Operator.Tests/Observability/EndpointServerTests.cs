using System.Diagnostics.Metrics;
using System.Net;
using Btwc.Operator.Observability;

namespace Btwc.Operator.Tests.Observability;

/// <summary>The metrics and probe endpoints on real Kestrel sockets on 127.0.0.1.</summary>
public sealed class EndpointServerTests
{
    private static readonly BindAddress AnyLoopbackPort = new(IPAddress.Loopback, 0);

    [Fact]
    public async Task Metrics_Get_ReturnsScrapeWithContentType()
    {
        var ct = TestContext.Current.CancellationToken;
        using var fixture = new ExporterFixture();
        fixture.Meter.CreateCounter<long>("scraped_total").Add(3);
        await using var server = await MetricsServer.StartAsync(AnyLoopbackPort, fixture.Exporter, cancellationToken: ct);
        using var http = new HttpClient();

        using var response = await http.GetAsync(server.MetricsUrl, ct);
        var body = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("# TYPE scraped_total counter\nscraped_total 3\n", body);
        Assert.Equal("127.0.0.1", server.MetricsUrl.Host);
        Assert.NotEqual(0, server.MetricsUrl.Port);
    }

    [Fact]
    public async Task Metrics_PathsAndMethods_Handled()
    {
        var ct = TestContext.Current.CancellationToken;
        using var fixture = new ExporterFixture();
        await using var server = await MetricsServer.StartAsync(AnyLoopbackPort, fixture.Exporter, cancellationToken: ct);
        using var http = new HttpClient();

        using var notFound = await http.GetAsync(new Uri(server.MetricsUrl, "/healthz"), ct);
        using var post = await http.PostAsync(server.MetricsUrl, new StringContent(string.Empty), ct);
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, server.MetricsUrl), ct);

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(PrometheusExporter.ContentType, head.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", post.Content.Headers.Allow));
    }

    [Fact]
    public async Task Probes_ReadinessFollowsCheck()
    {
        var ct = TestContext.Current.CancellationToken;
        var result = ReadinessResult.NotReady("the informers have not completed their first list yet");
        await using var server = await HealthProbeServer.StartAsync(AnyLoopbackPort, () => result, cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = server.Url };

        using var liveness = await http.GetAsync(new Uri(HealthProbeServer.LivenessPath, UriKind.Relative), ct);
        using var notReady = await http.GetAsync(new Uri(HealthProbeServer.ReadinessPath, UriKind.Relative), ct);
        var notReadyBody = await notReady.Content.ReadAsStringAsync(ct);
        result = ReadinessResult.Ready;
        using var ready = await http.GetAsync(new Uri(HealthProbeServer.ReadinessPath, UriKind.Relative), ct);
        var readyBody = await ready.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("the informers have not completed their first list yet\n", notReadyBody);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ok\n", readyBody);
    }

    [Fact]
    public async Task Probes_UnknownPath_NotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await HealthProbeServer.StartAsync(AnyLoopbackPort, () => ReadinessResult.Ready, cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = server.Url };

        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Start_PortInUse_Throws()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = await HealthProbeServer.StartAsync(AnyLoopbackPort, () => ReadinessResult.Ready, cancellationToken: ct);
        var occupied = new BindAddress(IPAddress.Loopback, first.Url.Port);

        var error = await Assert.ThrowsAnyAsync<IOException>(() => HealthProbeServer.StartAsync(occupied, () => ReadinessResult.Ready, cancellationToken: ct));

        Assert.Contains(first.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }
}
