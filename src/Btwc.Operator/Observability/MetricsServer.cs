using Btwc.Operator.Observability.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Observability;

/// <summary>Serves <c>GET /metrics</c> in the Prometheus text format over plain HTTP.</summary>
public sealed class MetricsServer : IAsyncDisposable
{
    /// <summary>The path of the scrape endpoint.</summary>
    public const string MetricsPath = "/metrics";

    private readonly EndpointHost _host;

    private MetricsServer(EndpointHost host) => _host = host;

    /// <summary>Gets the scrape URL, such as <c>http://127.0.0.1:8080/metrics</c>, with the port Kestrel chose for port 0.</summary>
    public Uri MetricsUrl => new(_host.Url, MetricsPath);

    /// <summary>Starts listening on <paramref name="address"/>.</summary>
    /// <param name="address">The address and port; port 0 picks a free port.</param>
    /// <param name="exporter">The exporter that renders each scrape.</param>
    /// <param name="logger">The logger for start and stop lines; null logs nothing.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="IOException">The address is in use or cannot be bound.</exception>
    public static async Task<MetricsServer> StartAsync(BindAddress address, PrometheusExporter exporter, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(exporter);

        Task Handle(HttpContext context)
        {
            if (context.Request.Path != MetricsPath)
            {
                return PlainText.WriteAsync(context, StatusCodes.Status404NotFound, $"not found; the metrics are at {MetricsPath}\n");
            }

            return PlainText.RejectMethod(context, out var rejected)
                ? rejected
                : PlainText.WriteAsync(context, StatusCodes.Status200OK, exporter.Scrape(), PrometheusExporter.ContentType);
        }

        var host = await EndpointHost.StartAsync(address, "metrics", Handle, logger ?? NullLogger.Instance, cancellationToken).ConfigureAwait(false);

        return new MetricsServer(host);
    }

    /// <summary>Stops listening.</summary>
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
