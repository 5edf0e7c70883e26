using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kube.Emulator.Engine;
using Kube.Emulator.Storage;
using Kube.Emulator.Tables;

namespace Kube.Emulator.Api;

internal sealed partial class ApiServer
{
    private const string InitialEventsEndAnnotation = "k8s.io/initial-events-end";

    private async Task WatchAsync(ResourceRequest request)
    {
        Func<StoredObject, bool> matches = request.Selection();
        string? ns = request.Type.Namespaced ? request.Namespace : null;
        if (request.Info.Name is { } name)
        {
            Func<StoredObject, bool> selection = matches;
            matches = o => o.Name == name && selection(o);
        }

        string? versionText = request.Query("resourceVersion");
        bool bookmarks = request.QueryFlag("allowWatchBookmarks");
        bool initialEvents = request.QueryFlag("sendInitialEvents");
        TimeSpan timeout = WatchTimeout(request.Query("timeoutSeconds"));
        long? from = ParseWatchVersion(versionText, initialEvents);

        Watcher? watcher;
        long floor;
        lock (Cluster.Store.SyncRoot)
        {
            if (ns is not null)
            {
                Func<StoredObject, bool> selection = matches;
                matches = o => o.Namespace == ns && selection(o);
            }

            watcher = Cluster.Store.OpenWatch(request.Type.StorageKey, ns, matches, from, Cluster.Options.WatchBufferSize);
            floor = Cluster.Store.HistoryFloor;
            if (watcher is not null && initialEvents)
            {
                watcher.OfferBookmark(Cluster.Store.CurrentResourceVersion, initialEventsEnd: true);
            }
        }

        request.Context.Response.StatusCode = 200;
        request.Context.Response.ContentType = "application/json";
        await request.Context.Response.StartAsync(request.Context.RequestAborted).ConfigureAwait(false);

        // Kestrel sends the headers only at the first body flush, and clients wait for them before reading events.
        await request.Context.Response.BodyWriter.FlushAsync(request.Context.RequestAborted).ConfigureAwait(false);
        if (watcher is null)
        {
            var gone = new ApiException(410, "Expired", $"too old resource version: {versionText} ({floor + 1})");
            await WriteEventLineAsync(request, "ERROR", JsonSerializer.SerializeToUtf8Bytes(StatusObjects.Failure(gone), JsonDefaults.Options)).ConfigureAwait(false);
            return;
        }

        await StreamAsync(request, watcher, bookmarks, timeout).ConfigureAwait(false);
    }

    private async Task StreamAsync(ResourceRequest request, Watcher watcher, bool bookmarks, TimeSpan timeout)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, Cluster.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, request.Context.RequestAborted);
        using ITimer? bookmarkTimer = bookmarks
            ? Cluster.Time.CreateTimer(_ => OfferBookmark(watcher), null, Cluster.Options.BookmarkInterval, Cluster.Options.BookmarkInterval)
            : null;
        bool firstTable = true;
        try
        {
            while (await watcher.Reader.WaitToReadAsync(linked.Token).ConfigureAwait(false))
            {
                while (watcher.Reader.TryRead(out WatchEvent? watchEvent))
                {
                    if (watchEvent.Type != WatchEventType.Bookmark || bookmarks || watchEvent.InitialEventsEnd)
                    {
                        await WriteEventLineAsync(request, WatchEvent.WireName(watchEvent.Type), EventObject(request, watchEvent, firstTable)).ConfigureAwait(false);
                        firstTable &= watchEvent.Object is null;
                    }
                }

                await request.Context.Response.BodyWriter.FlushAsync(linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !request.Context.RequestAborted.IsCancellationRequested)
        {
            if (bookmarks)
            {
                byte[] last = BookmarkObject(request, Cluster.Store.CurrentResourceVersion, false);
                await WriteEventLineAsync(request, "BOOKMARK", last).ConfigureAwait(false);
                await request.Context.Response.BodyWriter.FlushAsync(request.Context.RequestAborted).ConfigureAwait(false);
            }
        }
        finally
        {
            lock (Cluster.Store.SyncRoot)
            {
                Cluster.Store.CloseWatch(watcher);
            }
        }
    }

    private void OfferBookmark(Watcher watcher)
    {
        lock (Cluster.Store.SyncRoot)
        {
            watcher.OfferBookmark(Cluster.Store.CurrentResourceVersion);
        }
    }

    private byte[] EventObject(ResourceRequest request, WatchEvent watchEvent, bool firstTable)
    {
        if (watchEvent.Object is not { } obj)
        {
            return BookmarkObject(request, watchEvent.ResourceVersion, watchEvent.InitialEventsEnd);
        }

        if (!request.WantsTable)
        {
            return Cluster.ServedBytes(request.Type, obj);
        }

        // As on the real server, a watch in Table form sends the column definitions with the first row only.
        JsonObject served = Cluster.ToServed(request.Type, obj.Parse());
        JsonObject table = TableResponses.Build(request.Type, [served], obj.ResourceVersion.ToString(CultureInfo.InvariantCulture), request.Query("includeObject"), Cluster.Time);
        if (!firstTable)
        {
            table["columnDefinitions"] = new JsonArray();
        }

        return Cluster.Serialize(table);
    }

    private static byte[] BookmarkObject(ResourceRequest request, long resourceVersion, bool initialEventsEnd)
    {
        var metadata = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (initialEventsEnd)
        {
            metadata["annotations"] = new JsonObject { [InitialEventsEndAnnotation] = "true" };
        }

        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["kind"] = request.Type.Kind, ["apiVersion"] = request.Type.ApiVersion, ["metadata"] = metadata }, JsonDefaults.Options);
    }

    private static async Task WriteEventLineAsync(ResourceRequest request, string type, byte[] obj)
    {
        var writer = request.Context.Response.BodyWriter;
        await writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\",\"object\":"), request.Context.RequestAborted).ConfigureAwait(false);
        await writer.WriteAsync(obj, request.Context.RequestAborted).ConfigureAwait(false);
        await writer.WriteAsync("}\n"u8.ToArray(), request.Context.RequestAborted).ConfigureAwait(false);
    }

    private TimeSpan WatchTimeout(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Cluster.Options.DefaultWatchTimeout;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw ApiException.BadRequest($"timeoutSeconds \"{text}\" is invalid: use a positive number of seconds");
    }

    private static long? ParseWatchVersion(string? text, bool initialEvents)
    {
        if (string.IsNullOrEmpty(text) || text == "0" || initialEvents)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long version)
            ? version
            : throw ApiException.BadRequest($"invalid resource version \"{text}\": use a resourceVersion returned by the server");
    }
}
