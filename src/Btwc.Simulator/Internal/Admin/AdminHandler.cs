using System.Security.Cryptography;
using System.Text;
using Btwc.Simulator.Internal.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Btwc.Simulator.Internal.Admin;

/// <summary>
/// Serves <c>/admin/...</c>: the same operations as <see cref="SimulatorState"/>, <see cref="SimulatorFaults"/>
/// and <see cref="SimulatorJournal"/>, behind a bearer admin token. Not a BeyondTrust API.
/// </summary>
internal sealed partial class AdminHandler(SimulatorState state, SimulatorFaults faults, SimulatorJournal journal, string adminToken, ILogger logger)
{
    private readonly byte[] _expectedAuthorization = Encoding.UTF8.GetBytes("Bearer " + adminToken);

    public async Task HandleAsync(HttpContext context)
    {
        if (!IsAuthorized(context.Request.Headers.Authorization.ToString()))
        {
            Log.AdminRejected(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty);
            await Responses.WriteErrorAsync(context, 401, "unauthorized", "invalid_admin_token", "admin API: missing or invalid admin bearer token").ConfigureAwait(false);

            return;
        }

        var segments = (context.Request.Path.Value ?? string.Empty).Trim('/').Split('/');
        try
        {
            await DispatchAsync(context, segments).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ArgumentException or KeyNotFoundException or FormatException or System.Text.Json.JsonException)
        {
            var status = exception is KeyNotFoundException ? 404 : 400;
            Log.AdminRequestFailed(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty, status, exception.Message);
            await Responses.WriteErrorAsync(context, status, status == 404 ? "not_found" : "bad_request", "admin_request_invalid", exception.Message).ConfigureAwait(false);
        }
    }

    private bool IsAuthorized(string authorization) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization), _expectedAuthorization);

    private Task DispatchAsync(HttpContext context, string[] segments)
    {
        var method = context.Request.Method;

        return segments switch
        {
            ["admin", "sites"] when HttpMethods.IsGet(method) => ListSitesAsync(context),
            ["admin", "sites", var site] when HttpMethods.IsPut(method) => Run(context, () => state.AddSite(site)),
            ["admin", "sites", var site] when HttpMethods.IsDelete(method) => Found(context, state.RemoveSite(site), $"site '{site}'"),
            ["admin", "sites", var site, "tokens"] when HttpMethods.IsPost(method) => AddTokenAsync(context, site),
            ["admin", "sites", var site, "tokens", "revoke"] when HttpMethods.IsPost(method) => RevokeTokenAsync(context, site),
            ["admin", "sites", var site, "static"] when HttpMethods.IsPut(method) => PutStaticAsync(context, site),
            ["admin", "sites", var site, "static"] when HttpMethods.IsDelete(method) => Found(context, state.DeleteStaticSecret(site, PathQuery(context)), $"static secret '{PathQuery(context)}'"),
            ["admin", "sites", var site, "dynamic"] when HttpMethods.IsPut(method) => PutDynamicAsync(context, site),
            ["admin", "sites", var site, "dynamic"] when HttpMethods.IsDelete(method) => Found(context, state.DeleteDynamicSecret(site, PathQuery(context)), $"dynamic secret '{PathQuery(context)}'"),
            ["admin", "seed"] when HttpMethods.IsPost(method) => ApplySeedAsync(context),
            ["admin", "faults"] when HttpMethods.IsPut(method) => SetFaultsAsync(context),
            ["admin", "faults"] when HttpMethods.IsDelete(method) => Run(context, faults.Clear),
            ["admin", "faults", "fail-next"] when HttpMethods.IsPost(method) => FailNextAsync(context),
            ["admin", "faults", "token-rate-limit"] when HttpMethods.IsPut(method) => SetRateLimitAsync(context),
            ["admin", "journal"] when HttpMethods.IsGet(method) => WriteJournalAsync(context),
            ["admin", "journal"] when HttpMethods.IsDelete(method) => Run(context, journal.Clear),
            _ => Responses.WriteErrorAsync(context, 404, "not_found", "admin_route_not_found", $"admin API has no route {method} '{context.Request.Path}'"),
        };
    }

    private static string PathQuery(HttpContext context) =>
        context.Request.Query["path"].ToString() is { Length: > 0 } path
            ? path
            : throw new ArgumentException("Query parameter 'path' is missing: pass the secret's folder/name, for example ?path=production/aws-temp.");

    private static Task Run(HttpContext context, Action action)
    {
        action();
        context.Response.StatusCode = StatusCodes.Status204NoContent;

        return Task.CompletedTask;
    }

    private static Task Found(HttpContext context, bool found, string entryDescription)
    {
        if (!found)
        {
            return Responses.WriteErrorAsync(context, 404, "not_found", "admin_entry_not_found", $"{entryDescription} not found");
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;

        return Task.CompletedTask;
    }
}
