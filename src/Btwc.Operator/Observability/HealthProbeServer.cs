using Btwc.Operator.Observability.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Observability;

/// <summary>
/// Serves the Kubernetes probes over plain HTTP: <c>GET /healthz</c> returns 200 while the process runs, and
/// <c>GET /readyz</c> returns 200 when the readiness check passes and 503 with a one-line reason when it does not.
/// </summary>
public sealed class HealthProbeServer : IAsyncDisposable
{
    /// <summary>The path of the liveness probe.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>The path of the readiness probe.</summary>
    public const string ReadinessPath = "/readyz";

    private readonly EndpointHost _host;

    private HealthProbeServer(EndpointHost host) => _host = host;

    /// <summary>Gets the base URL, such as <c>http://127.0.0.1:8081/</c>, with the port Kestrel chose for port 0.</summary>
    public Uri Url => _host.Url;

    /// <summary>Starts listening on <paramref name="address"/>.</summary>
    /// <param name="address">The address and port; port 0 picks a free port.</param>
    /// <param name="readiness">The check run on each readiness probe; it should return quickly.</param>
    /// <param name="logger">The logger for start and stop lines and failed readiness probes; null logs nothing.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="IOException">The address is in use or cannot be bound.</exception>
    public static async Task<HealthProbeServer> StartAsync(BindAddress address, Func<ReadinessResult> readiness, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(readiness);
        logger ??= NullLogger.Instance;

        Task Handle(HttpContext context)
        {
            var path = context.Request.Path;
            if (path != LivenessPath && path != ReadinessPath)
            {
                return PlainText.WriteAsync(context, StatusCodes.Status404NotFound, $"not found; the probes are {LivenessPath} and {ReadinessPath}\n");
            }

            if (PlainText.RejectMethod(context, out var rejected))
            {
                return rejected;
            }

            if (path == LivenessPath)
            {
                return PlainText.WriteAsync(context, StatusCodes.Status200OK, "ok\n");
            }

            var result = readiness();
            if (!result.IsReady)
            {
                Log.NotReady(logger, result.Reason);
            }

            var status = result.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;

            return PlainText.WriteAsync(context, status, result.Reason + "\n");
        }

        var host = await EndpointHost.StartAsync(address, "health probes", Handle, logger, cancellationToken).ConfigureAwait(false);

        return new HealthProbeServer(host);
    }

    /// <summary>Stops listening.</summary>
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
