using System.Buffers;
using System.Text.Json;
using Btwc.Simulator.Internal.Model;
using Microsoft.AspNetCore.Http;

namespace Btwc.Simulator.Internal.Http;

internal sealed partial class TenantHandler
{
    private async Task<int> GetStaticAsync(HttpContext context, SiteData site, TenantRequest request)
    {
        if (!site.StaticSecrets.TryGetValue(SecretPaths.Key(request.Folder, request.Name), out var secret))
        {
            return await NotFoundAsync(context, "secret_not_found", "secret not found", request).ConfigureAwait(false);
        }

        await Responses.WriteAsync(context, 200, secret.ReadResponse).ConfigureAwait(false);

        return 200;
    }

    /// <summary>
    /// Lists the secrets directly in the folder, or also in every folder beneath it when <c>recursive</c> is
    /// true. A folder that contains no secret at any depth is not found, but the root always exists.
    /// </summary>
    private async Task<int> ListStaticAsync(HttpContext context, SiteData site, TenantRequest request)
    {
        var recursive = request.Recursive;
        var folder = request.Folder;
        var exists = folder.Length == 0;
        var matches = new List<KeyValuePair<string, StaticSecretRecord>>();
        foreach (var pair in site.StaticSecrets)
        {
            var within = SecretPaths.IsWithin(pair.Value.Folder, folder);
            exists |= within;
            if (within && (recursive || pair.Value.Folder.Length == folder.Length))
            {
                matches.Add(pair);
            }
        }

        if (!exists)
        {
            return await ErrorAsync(context, 404, "not_found", "folder_not_found", "folder not found", details: new Dictionary<string, string> { ["folder"] = folder }).ConfigureAwait(false);
        }

        matches.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var buffer = new ArrayBufferWriter<byte>(256 + (matches.Count * 256));
        using (var writer = new Utf8JsonWriter(buffer, Json.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var pair in matches)
            {
                writer.WriteRawValue(pair.Value.ListEntry, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await Responses.WriteAsync(context, 200, buffer.WrittenMemory).ConfigureAwait(false);

        return 200;
    }

    private async Task<int> GetDynamicAsync(HttpContext context, SiteData site, TenantRequest request)
    {
        if (!site.DynamicSecrets.TryGetValue(SecretPaths.Key(request.Folder, request.Name), out var definition))
        {
            return await NotFoundAsync(context, "dynamic_secret_not_found", "dynamic secret not found", request).ConfigureAwait(false);
        }

        await Responses.WriteAsync(context, 200, definition.DefinitionResponse).ConfigureAwait(false);

        return 200;
    }

    private async Task<int> GenerateAsync(HttpContext context, SiteData site, TenantRequest request)
    {
        if (!site.DynamicSecrets.TryGetValue(SecretPaths.Key(request.Folder, request.Name), out var definition))
        {
            return await NotFoundAsync(context, "dynamic_secret_not_found", "dynamic secret not found", request).ConfigureAwait(false);
        }

        var buffer = new ArrayBufferWriter<byte>(640);
        var leaseId = credentials.Write(buffer, definition);
        journal.RecordLease(leaseId);
        await Responses.WriteAsync(context, generateStatusCode, buffer.WrittenMemory).ConfigureAwait(false);

        return generateStatusCode;
    }

    private static Task<int> NotFoundAsync(HttpContext context, string code, string message, TenantRequest request) =>
        ErrorAsync(context, 404, "not_found", code, message, details: new Dictionary<string, string> { ["folder"] = request.Folder, ["name"] = request.Name });
}
