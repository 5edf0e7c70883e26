using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Btwc.Client.Tests.Infrastructure;

/// <summary>
/// A tiny HTTPS server on 127.0.0.1 for responses the simulator does not produce. Each request is recorded and
/// handled by the next queued responder, or by <see cref="DefaultResponder"/>.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    public const string SiteId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _responders = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private StubServer(WebApplication app, TestPki pki, Uri baseUrl)
    {
        _app = app;
        Pki = pki;
        ApiUrl = new Uri(baseUrl, "/site");
    }

    public TestPki Pki { get; }

    public Uri ApiUrl { get; }

    public string CaPem => Pki.AuthorityPem;

    public Func<HttpContext, Task> DefaultResponder { get; set; } = context => Json(context, 200, "{}");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<StubServer> StartAsync(TestPki? pki = null)
    {
        pki ??= TestPki.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(pki.Server)));
        var app = builder.Build();
        StubServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new StubServer(app, pki, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));

        return server;
    }

    public void Enqueue(Func<HttpContext, Task> responder) => _responders.Enqueue(responder);

    public void EnqueueJson(int status, string body, Action<HttpResponse>? headers = null) =>
        Enqueue(context =>
        {
            headers?.Invoke(context.Response);
            return Json(context, status, body);
        });

    public static async Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    /// <summary>Waits on the real clock (at most 10 s) until <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_requests.Count < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Pki.Dispose();
    }

    private Task HandleAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, target, headers));

        return _responders.TryDequeue(out var responder) ? responder(context) : DefaultResponder(context);
    }
}

/// <summary>One request the stub received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Target">The request target exactly as sent: path and query, still escaped.</param>
/// <param name="Headers">The request headers.</param>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers);
