using Btwc.Simulator.Internal.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Btwc.Simulator.Internal.Http;

/// <summary>
/// Serves the tenant routes. Order per request: faults (latency, pending failures, fractions), site, API
/// version header, token, per-token rate limit, permission, then the route itself.
/// </summary>
internal sealed partial class TenantHandler(
    SimulatorState state,
    SimulatorFaults faults,
    SimulatorJournal journal,
    CredentialWriter credentials,
    TimeProvider time,
    IReadOnlyList<string> apiVersions,
    int generateStatusCode,
    ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var problemStatus = TenantRequest.TryParse(context, out var request, out var problem);
        if (problemStatus != 0)
        {
            var error = problemStatus switch { 404 => "not_found", 405 => "method_not_allowed", _ => "bad_request" };
            await Responses.WriteErrorAsync(context, problemStatus, error, error, problem).ConfigureAwait(false);

            return;
        }

        journal.RecordArrival(request.Route);
        var status = 0;
        try
        {
            status = await DispatchAsync(context, request).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            status = 0;
        }
        finally
        {
            journal.RecordCompletion(request.Route, request.SiteId, request.JournalPath, status);
            Log.RequestHandled(logger, request.Route, request.SiteId, request.JournalPath, status);
        }
    }

    private async Task<int> DispatchAsync(HttpContext context, TenantRequest request)
    {
        if (faults.IsActive)
        {
            var faultStatus = await InjectFaultAsync(context, request.Route).ConfigureAwait(false);
            if (faultStatus is { } injected)
            {
                return injected;
            }
        }

        if (!state.TryGetSite(request.SiteId, out var site))
        {
            return await ErrorAsync(context, 404, "not_found", "site_not_found", $"site '{request.SiteId}' not found").ConfigureAwait(false);
        }

        var authStatus = await AuthenticateAsync(context, site, request).ConfigureAwait(false);
        if (authStatus.Status != 0)
        {
            return authStatus.Status;
        }

        return request.Route switch
        {
            SimulatorRoute.Session => await WriteStatusAsync(context, 200, Responses.WriteSessionAsync(context)).ConfigureAwait(false),
            SimulatorRoute.StaticGet => await GetStaticAsync(context, site, request).ConfigureAwait(false),
            SimulatorRoute.StaticList => await ListStaticAsync(context, site, request).ConfigureAwait(false),
            SimulatorRoute.DynamicGet => await GetDynamicAsync(context, site, request).ConfigureAwait(false),
            _ => await GenerateAsync(context, site, request).ConfigureAwait(false),
        };
    }

    private static async Task<int> WriteStatusAsync(HttpContext context, int status, Task write)
    {
        await write.ConfigureAwait(false);

        return context.Response.StatusCode == status ? status : context.Response.StatusCode;
    }

    private static async Task<int> ErrorAsync(HttpContext context, int status, string error, string code, string message, int? retryAfterSeconds = null, IReadOnlyDictionary<string, string>? details = null)
    {
        await Responses.WriteErrorAsync(context, status, error, code, message, retryAfterSeconds, details).ConfigureAwait(false);

        return status;
    }

    /// <summary>The outcome of authentication: 0 to go on, or the status already written, and the token found.</summary>
    private readonly record struct AuthResult(int Status, TokenRecord? Token);
}
