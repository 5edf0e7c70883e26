using System.Net;
using System.Security.Authentication;
using Btwc.Simulator.Internal;
using Btwc.Simulator.Internal.Certificates;
using Btwc.Simulator.Internal.Admin;
using Btwc.Simulator.Internal.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Simulator;

public sealed partial class SimulatorServer
{
    /// <summary>Starts a simulator on 127.0.0.1 over HTTPS (TLS 1.2 or later, HTTP/1.1 and HTTP/2).</summary>
    /// <param name="options">The settings.</param>
    /// <param name="ct">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger("Btwc.Simulator");
        var random = new SimulatorRandom(options.RandomSeed);
        var parts = new SimulatorParts(
            new SimulatorState(options.TimeProvider, random),
            new SimulatorFaults(random),
            new SimulatorJournal(options.TimeProvider, options.JournalCapacity, options.JournalLeaseIdCapacity),
            random);
        if (options.Seed is not null)
        {
            parts.State.Apply(options.Seed);
        }

        var adminToken = string.IsNullOrEmpty(options.AdminToken) ? CreateAdminToken() : options.AdminToken;
        var certificates = SimulatorCertificates.LoadOrCreate(options.CertificateDirectory);
        try
        {
            var app = Build(options, certificates, loggerFactory);
            var tenant = new TenantHandler(parts.State, parts.Faults, parts.Journal, new CredentialWriter(random, options.TimeProvider), options.TimeProvider, options.ApiVersions, options.GenerateStatusCode, logger);
            var admin = new AdminHandler(parts.State, parts.Faults, parts.Journal, adminToken, logger);
            app.Run(context => context.Request.Path.StartsWithSegments("/admin", StringComparison.Ordinal) ? admin.HandleAsync(context) : tenant.HandleAsync(context));
            await app.StartAsync(ct).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var baseUrl = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority) + "/");
            var server = new SimulatorServer(app, certificates, parts, baseUrl, adminToken, logger);
            Log.Started(logger, server.ApiUrl);

            return server;
        }
        catch
        {
            certificates.Dispose();
            throw;
        }
    }

    private static WebApplication Build(SimulatorOptions options, SimulatorCertificates certificates, ILoggerFactory loggerFactory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        // Configuration files and environment variables of the embedding process (appsettings.json, ASPNETCORE_*)
        // must not add endpoints or change Kestrel: the simulator listens only where the code below says.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(new HttpsConnectionAdapterOptions
                {
                    ServerCertificate = certificates.Server,
                    SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                });
            });
        });

        return builder.Build();
    }
}
