using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Observability.Internal;

/// <summary>
/// A plain-HTTP Kestrel server on one address with one request handler. It is built from an empty builder, so no
/// configuration file or ASPNETCORE_URLS variable can add another listener.
/// </summary>
internal sealed class EndpointHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _endpoint;
    private readonly ILogger _logger;

    private EndpointHost(WebApplication app, Uri url, string endpoint, ILogger logger)
    {
        _app = app;
        Url = url;
        _endpoint = endpoint;
        _logger = logger;
    }

    /// <summary>Gets the bound address with the port Kestrel chose, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    public static async Task<EndpointHost> StartAsync(BindAddress address, string endpoint, RequestDelegate handler, ILogger logger, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (address.Address is null)
            {
                kestrel.ListenAnyIP(address.Port);
            }
            else
            {
                kestrel.Listen(address.Address, address.Port);
            }
        });

        var app = builder.Build();
        app.Run(handler);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        Log.Serving(logger, endpoint, url);

        return new EndpointHost(app, url, endpoint, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Log.Stopped(_logger, _endpoint, Url);
    }
}
