using System.Text.Json.Nodes;
using Kube.Emulator.Storage;

namespace Kube.Emulator.Tests.Units;

public sealed class WatcherTests
{
    [Fact]
    public void Watcher_PastLimit_IsClosedAfterQueuedEvents()
    {
        var watcher = new Watcher("/secrets", _ => true, limit: 2);

        for (int i = 1; i <= 3; i++)
        {
            watcher.Offer(new WatchEvent(i, "/secrets", WatchEventType.Added, Stored("s" + i, i), null));
        }

        Assert.True(watcher.IsClosed);
        Assert.True(watcher.Reader.TryRead(out WatchEvent? first));
        Assert.Equal(1, first.ResourceVersion);
        Assert.True(watcher.Reader.TryRead(out _));
        Assert.False(watcher.Reader.TryRead(out _));
        Assert.True(watcher.Reader.Completion.IsCompleted);
    }

    [Fact]
    public void Store_WatchOlderThanHistory_ReturnsNull()
    {
        var store = new ObjectStore(historySize: 2);
        for (int i = 1; i <= 4; i++)
        {
            store.Put("/secrets", Stored("s" + i, store.NextResourceVersion()));
        }

        Watcher? tooOld = store.OpenWatch("/secrets", null, _ => true, fromResourceVersion: 1, limit: 10);
        Watcher? recent = store.OpenWatch("/secrets", null, _ => true, fromResourceVersion: 2, limit: 10);

        Assert.Null(tooOld);
        Assert.NotNull(recent);
        Assert.True(recent.Reader.TryRead(out WatchEvent? replayed));
        Assert.Equal(3, replayed.ResourceVersion);
    }

    private static StoredObject Stored(string name, long resourceVersion) => StoredObject.Create(
        new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default", ["uid"] = name + "-uid", ["resourceVersion"] = resourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        },
        new Dictionary<string, Func<JsonObject, string>>());
}
