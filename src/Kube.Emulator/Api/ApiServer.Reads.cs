using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kube.Emulator.Engine;
using Kube.Emulator.Storage;
using Kube.Emulator.Tables;

namespace Kube.Emulator.Api;

internal sealed partial class ApiServer
{
    private async Task GetAsync(ResourceRequest request)
    {
        StoredObject obj;
        lock (Cluster.Store.SyncRoot)
        {
            obj = Cluster.Store.Get(request.Type.StorageKey, request.StoreNamespace, request.Name)
                ?? throw ApiException.NotFound(request.Type.QualifiedName, request.Name);
        }

        if (request.WantsTable)
        {
            JsonObject served = Cluster.ToServed(request.Type, obj.Parse());
            JsonObject table = TableResponses.Build(request.Type, [served], obj.ResourceVersion.ToString(CultureInfo.InvariantCulture), request.Query("includeObject"), Cluster.Time);
            await HttpIo.WriteAsync(request.Context, 200, table).ConfigureAwait(false);
            return;
        }

        await HttpIo.WriteRawAsync(request.Context, 200, Cluster.ServedBytes(request.Type, obj)).ConfigureAwait(false);
    }

    private async Task ListAsync(ResourceRequest request)
    {
        Func<StoredObject, bool> matches = request.Selection();
        int limit = ParseLimit(request.Query("limit"));
        ContinueToken? token = ContinueToken.Parse(request.Query("continue"));
        var items = new List<StoredObject>();
        long listVersion;
        string? next = null;
        long remaining = 0;
        lock (Cluster.Store.SyncRoot)
        {
            CheckListResourceVersion(request);
            if (token is not null && token.ResourceVersion < Cluster.Store.HistoryFloor)
            {
                throw ApiException.Gone("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.");
            }

            listVersion = token?.ResourceVersion ?? Cluster.Store.CurrentResourceVersion;
            foreach (StoredObject obj in Cluster.Store.Enumerate(request.Type.StorageKey, request.Type.Namespaced ? request.Namespace : null, token?.AfterKey))
            {
                if (!matches(obj))
                {
                    continue;
                }

                if (limit > 0 && items.Count == limit)
                {
                    remaining++;
                    continue;
                }

                items.Add(obj);
            }

            if (remaining > 0)
            {
                next = new ContinueToken(listVersion, items[^1].Key).Encode();
            }
        }

        string version = listVersion.ToString(CultureInfo.InvariantCulture);
        if (request.WantsTable)
        {
            JsonObject table = TableResponses.Build(request.Type, items.Select(i => Cluster.ToServed(request.Type, i.Parse())), version, request.Query("includeObject"), Cluster.Time);
            if (next is not null)
            {
                table["metadata"]!["continue"] = next;
                table["metadata"]!["remainingItemCount"] = remaining;
            }

            await HttpIo.WriteAsync(request.Context, 200, table).ConfigureAwait(false);
            return;
        }

        await WriteListAsync(request, items, version, next, remaining).ConfigureAwait(false);
    }

    private async Task WriteListAsync(ResourceRequest request, List<StoredObject> items, string version, string? next, long remaining)
    {
        request.Context.Response.StatusCode = 200;
        request.Context.Response.ContentType = "application/json";
        using (Utf8JsonWriter writer = HttpIo.CreateWriter(request.Context))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", request.Type.ListKind);
            writer.WriteString("apiVersion", request.Type.ApiVersion);
            writer.WriteStartObject("metadata");
            writer.WriteString("resourceVersion", version);
            if (next is not null)
            {
                writer.WriteString("continue", next);
                writer.WriteNumber("remainingItemCount", remaining);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("items");
            foreach (StoredObject item in items)
            {
                writer.WriteRawValue(Cluster.ServedBytes(request.Type, item), skipInputValidation: true);
                if (writer.BytesPending > 64 * 1024)
                {
                    writer.Flush();
                    await request.Context.Response.BodyWriter.FlushAsync(request.Context.RequestAborted).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await request.Context.Response.BodyWriter.FlushAsync(request.Context.RequestAborted).ConfigureAwait(false);
    }

    private void CheckListResourceVersion(ResourceRequest request)
    {
        string? text = request.Query("resourceVersion");
        if (string.IsNullOrEmpty(text) || text == "0")
        {
            return;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long version))
        {
            throw ApiException.BadRequest($"invalid resource version \"{text}\": use a resourceVersion returned by the server");
        }

        if (version > Cluster.Store.CurrentResourceVersion)
        {
            throw new ApiException(504, "Timeout", $"Too large resource version: {version}, current: {Cluster.Store.CurrentResourceVersion}", new StatusDetails(null, null, null, [new StatusCause("ResourceVersionTooLarge", "Too large resource version", string.Empty)]) { });
        }

        if (request.Query("resourceVersionMatch") == "Exact" && version != Cluster.Store.CurrentResourceVersion)
        {
            throw ApiException.Gone($"too old resource version: {version} ({Cluster.Store.CurrentResourceVersion}): the emulator serves exact lists only at the latest resourceVersion");
        }
    }

    private static int ParseLimit(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int limit)
            ? limit
            : throw ApiException.BadRequest($"limit \"{text}\" is invalid: use a non-negative integer");
    }

    /// <summary>The opaque <c>continue</c> token: the list's resourceVersion and the key of the last item sent.</summary>
    private sealed record ContinueToken(long ResourceVersion, string AfterKey)
    {
        public static ContinueToken? Parse(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            try
            {
                JsonNode? node = JsonNode.Parse(Convert.FromBase64String(text));
                return new ContinueToken((long)node!["rv"]!, (string)node["start"]!);
            }
            catch (Exception error) when (error is FormatException or JsonException or NullReferenceException or InvalidOperationException)
            {
                throw ApiException.BadRequest($"continue key is not valid: {error.Message}");
            }
        }

        public string Encode() =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = ResourceVersion, ["start"] = AfterKey }.ToJsonString()));
    }
}
