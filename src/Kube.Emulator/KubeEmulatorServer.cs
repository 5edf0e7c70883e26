using System.Net;
using Kube.Emulator.Api;
using Kube.Emulator.Engine;
using Kube.Emulator.Faults;
using Kube.Emulator.Hosting.Internal;
using Kube.Emulator.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kube.Emulator;

/// <summary>
/// An in-memory Kubernetes API server on 127.0.0.1 for tests and dev mode; never a production API server. The
/// official KubernetesClient and kubectl drive it through the kubeconfig from <see cref="WriteKubeconfig"/>.
/// </summary>
public sealed class KubeEmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly KubeEmulatorOptions _options;
    private readonly ILogger _logger;

    private KubeEmulatorServer(WebApplication app, KubeEmulatorOptions options, Uri baseUrl, FaultInjector faults, RequestJournal journal, ILogger logger)
    {
        _app = app;
        _options = options;
        _logger = logger;
        BaseUrl = baseUrl;
        Faults = faults;
        Journal = journal;
    }

    /// <summary>Gets the server address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Gets the fault injection rules, which make chosen requests fail.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Gets the journal of handled API requests.</summary>
    public RequestJournal Journal { get; }

    /// <summary>Starts a server with the given options.</summary>
    /// <param name="options">The settings; validated before the server starts.</param>
    /// <param name="ct">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<KubeEmulatorServer> StartAsync(KubeEmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        ILoggerFactory loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var cluster = new Cluster(options);
        var faults = new FaultInjector();
        var journal = new RequestJournal();
        ILogger logger = loggerFactory.CreateLogger("Kube.Emulator");
        var api = new ApiServer(cluster, faults, journal, logger);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes + 1;
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddRouting();

        WebApplication app = builder.Build();
        app.Run(api.HandleAsync);
        await app.StartAsync(ct).ConfigureAwait(false);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = new Uri(address.EndsWith('/') ? address : address + "/");

        Log.Started(logger, baseUrl);

        return new KubeEmulatorServer(app, options, baseUrl, faults, journal, logger);
    }

    /// <summary>
    /// Writes a kubeconfig for kubectl and KubernetesClient that points at this server (with the bearer token
    /// when one is set), creating the directory when needed.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <returns>The full path of the file.</returns>
    public string WriteKubeconfig(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, KubeconfigWriter.Render(BaseUrl, _options.BearerToken));

        return fullPath;
    }

    /// <summary>Stops the server and closes open watches.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Log.Stopped(_logger, BaseUrl);
    }
}
