using System.Diagnostics.Metrics;
using Btwc.Client.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Client;

/// <summary>
/// Creates BTWC clients and is thread-safe. It keeps one pooled connection handler per distinct (API URL, CA bundle)
/// pair, shared by every client created for that pair. Dispose the factory to close them.
/// </summary>
public sealed class BtwcClientFactory : IDisposable
{
    private readonly ConnectionPool _pool = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ClientMetrics _metrics;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a factory.</summary>
    /// <param name="loggerFactory">Where the clients log; default: no logging.</param>
    /// <param name="meterFactory">Creates the <c>Btwc.Client</c> meter; default: a meter owned by this factory.</param>
    /// <param name="timeProvider">The clock of timeouts, retry delays and durations; default: <see cref="TimeProvider.System"/>.</param>
    public BtwcClientFactory(ILoggerFactory? loggerFactory = null, IMeterFactory? meterFactory = null, TimeProvider? timeProvider = null)
    {
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _metrics = new ClientMetrics(meterFactory);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The number of pooled handlers, one per distinct (API URL, CA bundle) pair seen so far.</summary>
    public int PooledHandlerCount => _pool.Count;

    /// <summary>Validates <paramref name="options"/> and creates a client. The options are copied, so later changes
    /// to them do not affect the client.</summary>
    /// <param name="options">The client settings.</param>
    /// <returns>A client that is safe for concurrent use.</returns>
    /// <exception cref="BtwcConfigurationException">A setting is invalid. The message names it, quotes the value
    /// and gives the fix.</exception>
    /// <exception cref="ObjectDisposedException">The factory is disposed.</exception>
    public IBtwcClient Create(BtwcClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (settings, extraRoots) = OptionsValidator.Validate(options);
        var connection = _pool.Get(settings.ApiUrl, extraRoots);
        var logger = _loggerFactory.CreateLogger("Btwc.Client");
        var retry = new RetryPipeline(options.Retry, _timeProvider, logger, _metrics);

        return new BtwcClient(settings, connection, retry, _timeProvider, logger, _metrics);
    }

    /// <summary>Closes every pooled handler and the meter this factory owns.</summary>
    public void Dispose()
    {
        _pool.Dispose();
        _metrics.Dispose();
    }
}
