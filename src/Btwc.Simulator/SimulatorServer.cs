using System.Security.Cryptography;
using Btwc.Simulator.Internal;
using Btwc.Simulator.Internal.Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Simulator;

/// <summary>
/// A stand-in BeyondTrust Workload Credentials tenant over HTTPS on 127.0.0.1, for tests and dev mode. It is a
/// test double: never a replacement for a real tenant.
/// </summary>
public sealed partial class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorCertificates _certificates;
    private readonly ILogger _logger;
    private int _disposed;

    private SimulatorServer(WebApplication app, SimulatorCertificates certificates, SimulatorParts parts, Uri baseUrl, string adminToken, ILogger logger)
    {
        _app = app;
        _certificates = certificates;
        _logger = logger;
        State = parts.State;
        Faults = parts.Faults;
        Journal = parts.Journal;
        BaseUrl = baseUrl;
        ApiUrl = new Uri(baseUrl, "site");
        AdminToken = adminToken;
        CaCertificatePem = certificates.AuthorityPem;
    }

    /// <summary>The server root, for example <c>https://127.0.0.1:54321/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The API URL clients configure, for example <c>https://127.0.0.1:54321/site</c>; a tenant's base is <c>{ApiUrl}/{siteId}/secrets</c>.</summary>
    public Uri ApiUrl { get; }

    /// <summary>The TCP port the server listens on.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>The PEM of the CA that signed the server certificate (SAN 127.0.0.1 and localhost).</summary>
    public string CaCertificatePem { get; }

    /// <summary>The bearer token of the <c>/admin</c> API.</summary>
    public string AdminToken { get; }

    /// <summary>The tenant data and its admin operations.</summary>
    public SimulatorState State { get; }

    /// <summary>Fault injection.</summary>
    public SimulatorFaults Faults { get; }

    /// <summary>The request journal.</summary>
    public SimulatorJournal Journal { get; }

    /// <summary>Returns the tenant base URL <c>{ApiUrl}/{siteId}/secrets</c>.</summary>
    /// <param name="siteId">The site id.</param>
    /// <returns>The URL, without a trailing slash.</returns>
    public Uri SiteUrl(string siteId) => new($"{ApiUrl}/{Uri.EscapeDataString(siteId)}/secrets");

    /// <summary>Stops the server and releases its certificates.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _certificates.Dispose();
        Log.Stopped(_logger);
    }

    private static string CreateAdminToken() => "sim-admin-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The shared objects the request handlers and the public properties use.</summary>
    private sealed record SimulatorParts(SimulatorState State, SimulatorFaults Faults, SimulatorJournal Journal, SimulatorRandom Random);
}
