using System.Buffers;
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Btwc.Simulator.Internal.Http;
using Microsoft.AspNetCore.Http;

namespace Btwc.Simulator.Internal.Admin;

internal sealed partial class AdminHandler
{
    private static async Task<T> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type)
        where T : class
    {
        var body = await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted).ConfigureAwait(false);

        return body ?? throw new ArgumentException("The request body is empty: send a JSON object.");
    }

    private static SimulatorRoute? ParseRoute(string? route)
    {
        if (string.IsNullOrEmpty(route) || route is "*" or "all")
        {
            return null;
        }

        return Enum.TryParse<SimulatorRoute>(route, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"Route '{route}' is unknown: use one of {string.Join(", ", Enum.GetNames<SimulatorRoute>())}, or omit it for every route.");
    }

    private Task ListSitesAsync(HttpContext context)
    {
        var body = Json.ToBytes(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("sites");
            foreach (var id in state.SiteIds.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

        return Responses.WriteAsync(context, 200, body);
    }

    private async Task AddTokenAsync(HttpContext context, string site)
    {
        var token = await ReadAsync(context, SimulatorJsonContext.Default.SeedToken).ConfigureAwait(false);
        await Run(context, () => state.AddToken(site, token.Value, token.Permissions?.Select(SimulatorState.ToPermission).ToArray(), token.ExpiresAt)).ConfigureAwait(false);
    }

    private async Task RevokeTokenAsync(HttpContext context, string site)
    {
        var token = await ReadAsync(context, SimulatorJsonContext.Default.AdminTokenRevocation).ConfigureAwait(false);
        await Found(context, state.RevokeToken(site, token.Value), "token").ConfigureAwait(false);
    }

    private async Task PutStaticAsync(HttpContext context, string site)
    {
        var path = PathQuery(context);
        var secret = await ReadAsync(context, SimulatorJsonContext.Default.SeedStaticSecret).ConfigureAwait(false);
        var value = secret.Secret ?? throw new ArgumentException("The body has no 'secret' object: send {\"secret\": {...}, \"tags\": {...}}.");
        var tags = secret.Tags is null ? null : new ReadOnlyDictionary<string, string>(secret.Tags);
        await Run(context, () => state.PutStaticSecret(site, path, value, tags)).ConfigureAwait(false);
    }

    private async Task PutDynamicAsync(HttpContext context, string site)
    {
        var path = PathQuery(context);
        var definition = await ReadAsync(context, SimulatorJsonContext.Default.SeedDynamicSecret).ConfigureAwait(false);
        await Run(context, () => state.PutDynamicSecret(site, path, SimulatorState.ToDefinition(definition))).ConfigureAwait(false);
    }

    private async Task ApplySeedAsync(HttpContext context)
    {
        var seed = await ReadAsync(context, SimulatorJsonContext.Default.SimulatorSeed).ConfigureAwait(false);
        await Run(context, () => state.Apply(seed)).ConfigureAwait(false);
    }

    private async Task SetFaultsAsync(HttpContext context)
    {
        var body = await ReadAsync(context, SimulatorJsonContext.Default.AdminFaults).ConfigureAwait(false);
        await Run(context, () => faults.Set(body.ToRouteFaults(), ParseRoute(body.Route))).ConfigureAwait(false);
    }

    private async Task FailNextAsync(HttpContext context)
    {
        var body = await ReadAsync(context, SimulatorJsonContext.Default.AdminFailNext).ConfigureAwait(false);
        await Run(context, () => faults.FailNext(body.Count, body.StatusCode, ParseRoute(body.Route), body.RetryAfterSeconds)).ConfigureAwait(false);
    }

    private async Task SetRateLimitAsync(HttpContext context)
    {
        var body = await ReadAsync(context, SimulatorJsonContext.Default.AdminRateLimit).ConfigureAwait(false);
        await Run(context, () => faults.SetTokenRateLimit(body.RequestsPerSecond)).ConfigureAwait(false);
    }

    /// <summary>Writes counts per route and status, the lease id count and the most recent lease ids and entries (<c>?limit=</c>, default 100).</summary>
    private Task WriteJournalAsync(HttpContext context)
    {
        var limit = int.TryParse(context.Request.Query["limit"].ToString(), out var parsed) && parsed >= 0 ? parsed : 100;
        var leaseIds = journal.LeaseIds;
        var entries = journal.Entries;
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Json.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("counts");
            foreach (var route in Enum.GetValues<SimulatorRoute>())
            {
                writer.WriteStartObject(JsonNamingPolicy.CamelCase.ConvertName(route.ToString()));
                writer.WriteNumber("total", journal.Count(route));
                writer.WriteStartObject("byStatus");
                for (var status = 0; status < 600; status++)
                {
                    if (journal.Count(route, status) is var count and > 0)
                    {
                        writer.WriteNumber(status.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
                    }
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteNumber("leaseIdCount", leaseIds.Count);
            writer.WriteStartArray("leaseIds");
            foreach (var id in leaseIds.Skip(Math.Max(0, leaseIds.Count - limit)))
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("entries");
            foreach (var entry in entries.Skip(Math.Max(0, entries.Count - limit)))
            {
                writer.WriteStartObject();
                Json.WriteTime(writer, "time", entry.Time);
                writer.WriteString("route", JsonNamingPolicy.CamelCase.ConvertName(entry.Route.ToString()));
                writer.WriteString("siteId", entry.SiteId);
                writer.WriteString("path", entry.Path);
                writer.WriteNumber("statusCode", entry.StatusCode);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Responses.WriteAsync(context, 200, buffer.WrittenMemory);
    }
}
