using Btwc.Operator.Observability;
using Microsoft.Extensions.Logging;

namespace Btwc.Cli.Hosting;

/// <summary>The metrics and health probe servers of <c>btwc run</c>, each started only when its address is set.</summary>
internal sealed class OperatorEndpoints : IAsyncDisposable
{
    private MetricsServer? _metrics;
    private HealthProbeServer? _healthProbes;

    private OperatorEndpoints()
    {
    }

    /// <summary>Starts the endpoints whose addresses are set.</summary>
    /// <exception cref="ArgumentException">An address cannot be bound; the message names the flag, its value and the fix.</exception>
    public static async Task<OperatorEndpoints> StartAsync(
        EndpointAddresses addresses,
        PrometheusExporter exporter,
        Func<ReadinessResult> readiness,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var endpoints = new OperatorEndpoints();
        var logger = loggerFactory.CreateLogger("Btwc.Operator.Endpoints");
        try
        {
            if (addresses.Metrics is { } metrics)
            {
                endpoints._metrics = await BindAsync(
                    EndpointAddresses.MetricsOption,
                    metrics,
                    () => MetricsServer.StartAsync(metrics, exporter, logger, cancellationToken)).ConfigureAwait(false);
            }

            if (addresses.HealthProbes is { } healthProbes)
            {
                endpoints._healthProbes = await BindAsync(
                    EndpointAddresses.HealthProbesOption,
                    healthProbes,
                    () => HealthProbeServer.StartAsync(healthProbes, readiness, logger, cancellationToken)).ConfigureAwait(false);
            }
        }
        catch
        {
            await endpoints.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return endpoints;
    }

    public async ValueTask DisposeAsync()
    {
        if (_metrics is not null)
        {
            await _metrics.DisposeAsync().ConfigureAwait(false);
        }

        if (_healthProbes is not null)
        {
            await _healthProbes.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<T> BindAsync<T>(string option, BindAddress address, Func<Task<T>> start)
    {
        try
        {
            return await start().ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            throw new ArgumentException(
                $"{option} '{address}' cannot be used: {exception.Message} Stop the process that listens there or choose another port.",
                exception);
        }
    }
}
