using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kube.Emulator.Discovery;
using Kube.Emulator.Engine;
using Kube.Emulator.Faults;
using Kube.Emulator.Journal;
using Kube.Emulator.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kube.Emulator.Api;

/// <summary>
/// The request entry point: authentication, routing to version, discovery, OpenAPI and resource endpoints, and
/// turning every failure into a Status so a bad request never takes the server down.
/// </summary>
internal sealed partial class ApiServer
{
    private readonly byte[]? _token;
    private readonly ILogger _logger;

    public ApiServer(Cluster cluster, FaultInjector faults, RequestJournal journal, ILogger logger)
    {
        Cluster = cluster;
        Faults = faults;
        Journal = journal;
        _logger = logger;
        _token = cluster.Options.BearerToken is { } token ? Encoding.UTF8.GetBytes("Bearer " + token) : null;
        Discovery = new DiscoveryDocuments(cluster.Registry);
        OpenApi = new OpenApiDocuments(cluster.Registry);
    }

    public Cluster Cluster { get; }

    public FaultInjector Faults { get; }

    public RequestJournal Journal { get; }

    private DiscoveryDocuments Discovery { get; }

    private OpenApiDocuments OpenApi { get; }

    public async Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "/";
        try
        {
            if (await TryServeOpenPathAsync(context, path).ConfigureAwait(false))
            {
                return;
            }

            if (!IsAuthorized(context.Request))
            {
                throw new ApiException(401, "Unauthorized", "Unauthorized");
            }

            await RouteAsync(context, path).ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            Log.RequestRejected(_logger, context.Request.Method, path, error.Code, error.Reason);
            await WriteFailureAsync(context, error).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected, so no response can be sent.
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            Log.RequestFailed(_logger, error, context.Request.Method, path);
            await WriteFailureAsync(context, new ApiException(500, "InternalError", $"Internal error occurred: {error.GetType().Name}: {error.Message}")).ConfigureAwait(false);
        }
    }

    private static async Task WriteFailureAsync(HttpContext context, ApiException error)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        await HttpIo.WriteAsync(context, error.Code, StatusObjects.Failure(error)).ConfigureAwait(false);
    }

    private bool IsAuthorized(HttpRequest request)
    {
        if (_token is null)
        {
            return true;
        }

        string header = request.Headers.Authorization.ToString();

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), _token);
    }

    private static async Task<bool> TryServeOpenPathAsync(HttpContext context, string path)
    {
        switch (path)
        {
            case "/version":
            case "/version/":
                await HttpIo.WriteAsync(context, 200, VersionInfo()).ConfigureAwait(false);
                return true;
            case "/healthz" or "/livez" or "/readyz":
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("ok", context.RequestAborted).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private static JsonObject VersionInfo() => new()
    {
        ["major"] = "1",
        ["minor"] = "32",
        ["gitVersion"] = "v1.32.0-kube-emulator",
        ["gitCommit"] = "0000000000000000000000000000000000000000",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2026-01-01T00:00:00Z",
        ["goVersion"] = "go1.23.0",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    private async Task RouteAsync(HttpContext context, string path)
    {
        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            await HttpIo.WriteAsync(context, 200, new JsonObject { ["paths"] = new JsonArray("/api", "/api/v1", "/apis", "/openapi/v3", "/version") }).ConfigureAwait(false);
            return;
        }

        switch (segments[0])
        {
            case "api" when segments.Length == 1:
                RequireGet(context);
                await HttpIo.WriteAsync(context, 200, Discovery.CoreVersions(context.Request.Host.Value ?? "127.0.0.1")).ConfigureAwait(false);
                return;
            case "api" when segments[1] == "v1":
                await RouteGroupVersionAsync(context, string.Empty, "v1", segments.AsMemory(2)).ConfigureAwait(false);
                return;
            case "apis" when segments.Length == 1:
                RequireGet(context);
                await HttpIo.WriteAsync(context, 200, Discovery.Groups()).ConfigureAwait(false);
                return;
            case "apis" when segments.Length == 2:
                RequireGet(context);
                await HttpIo.WriteAsync(context, 200, Discovery.Group(segments[1]) ?? throw ApiException.NotFoundPath()).ConfigureAwait(false);
                return;
            case "apis":
                await RouteGroupVersionAsync(context, segments[1], segments[2], segments.AsMemory(3)).ConfigureAwait(false);
                return;
            case "openapi":
                await ServeOpenApiAsync(context, segments).ConfigureAwait(false);
                return;
            default:
                throw ApiException.NotFoundPath();
        }
    }

    private async Task RouteGroupVersionAsync(HttpContext context, string group, string version, ReadOnlyMemory<string> rest)
    {
        if (!Cluster.Registry.HasGroupVersion(group, version))
        {
            throw ApiException.NotFoundPath();
        }

        if (rest.Length == 0)
        {
            RequireGet(context);
            await HttpIo.WriteAsync(context, 200, Discovery.Resources(group, version)).ConfigureAwait(false);
            return;
        }

        RequestInfo info = RequestInfo.Parse(group, version, rest.Span) ?? throw ApiException.NotFoundPath();
        await HandleResourceAsync(context, info).ConfigureAwait(false);
    }

    private async Task ServeOpenApiAsync(HttpContext context, string[] segments)
    {
        RequireGet(context);
        if (segments.Length >= 2 && segments[1] == "v3")
        {
            byte[] document = segments.Length == 2
                ? OpenApi.Root()
                : OpenApi.GroupVersion(string.Join('/', segments[2..])) ?? throw ApiException.NotFoundPath();
            await HttpIo.WriteRawAsync(context, 200, document).ConfigureAwait(false);
            return;
        }

        throw ApiException.NotFoundPath();
    }

    private static void RequireGet(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            throw ApiException.MethodNotAllowed($"the server does not allow this method on the requested resource: {context.Request.Method}");
        }
    }
}
