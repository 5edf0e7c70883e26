using System.Threading.Channels;
using k8s;
using k8s.Models;
using Kube.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kube.Emulator.Tests.Client;

public sealed class WatchTests
{
    private static readonly TimeSpan EventWait = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Watch_FromListVersion_SendsLaterChangesInOrder()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await CreateSecretAsync(host, "before");
        V1SecretList list = await host.Client.CoreV1.ListNamespacedSecretAsync("default", cancellationToken: Ct);
        var events = Channel.CreateUnbounded<(WatchEventType Type, V1Secret Secret)>();
        using Watcher<V1Secret> watcher = Watch(host, list.Metadata.ResourceVersion, events, allowBookmarks: false);

        await CreateSecretAsync(host, "after");
        await host.Client.CoreV1.PatchNamespacedSecretAsync(new V1Patch("{\"metadata\":{\"labels\":{\"a\":\"b\"}}}", V1Patch.PatchType.MergePatch), "after", "default", cancellationToken: Ct);
        await host.Client.CoreV1.DeleteNamespacedSecretAsync("after", "default", cancellationToken: Ct);
        var received = new List<(WatchEventType Type, V1Secret Secret)>();
        for (int i = 0; i < 3; i++)
        {
            received.Add(await events.Reader.ReadAsync(Ct).AsTask().WaitAsync(EventWait, Ct));
        }

        Assert.Equal([WatchEventType.Added, WatchEventType.Modified, WatchEventType.Deleted], received.Select(e => e.Type));
        Assert.All(received, e => Assert.Equal("after", e.Secret.Metadata.Name));
        long[] versions = received.Select(e => long.Parse(e.Secret.Metadata.ResourceVersion)).ToArray();
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task Watch_AllowBookmarks_SendsBookmarkEachIntervalAndAtTimeout()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using EmulatorHost host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = time;
            o.BookmarkInterval = TimeSpan.FromSeconds(10);
        });
        V1SecretList list = await host.Client.CoreV1.ListNamespacedSecretAsync("default", cancellationToken: Ct);
        var events = Channel.CreateUnbounded<(WatchEventType Type, V1Secret Secret)>();
        var closed = new TaskCompletionSource();
        using Watcher<V1Secret> watcher = host.Client.CoreV1.WatchListNamespacedSecret("default", allowWatchBookmarks: true, resourceVersion: list.Metadata.ResourceVersion, timeoutSeconds: 25, onEvent: (type, secret) => events.Writer.TryWrite((type, secret)), onClosed: () => closed.TrySetResult());

        V1Secret created = await CreateSecretAsync(host, "s1");
        var added = await events.Reader.ReadAsync(Ct).AsTask().WaitAsync(EventWait, Ct);
        time.Advance(TimeSpan.FromSeconds(10));
        var periodic = await events.Reader.ReadAsync(Ct).AsTask().WaitAsync(EventWait, Ct);
        time.Advance(TimeSpan.FromSeconds(15));
        await closed.Task.WaitAsync(EventWait, Ct);
        var final = await events.Reader.ReadAsync(Ct).AsTask().WaitAsync(EventWait, Ct);

        Assert.Equal(WatchEventType.Added, added.Type);
        Assert.Equal(WatchEventType.Bookmark, periodic.Type);
        Assert.Equal(created.Metadata.ResourceVersion, periodic.Secret.Metadata.ResourceVersion);
        Assert.Equal(WatchEventType.Bookmark, final.Type);
    }

    [Fact]
    public async Task Watch_VersionOlderThanHistory_ReportsGoneThroughOnError()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync(o => o.WatchHistorySize = 3);
        V1Secret first = await CreateSecretAsync(host, "s0");
        for (int i = 1; i < 6; i++)
        {
            await CreateSecretAsync(host, $"s{i}");
        }

        var error = new TaskCompletionSource<Exception>();
        using Watcher<V1Secret> watcher = host.Client.CoreV1.WatchListNamespacedSecret("default", resourceVersion: first.Metadata.ResourceVersion, onEvent: (_, _) => { }, onError: e => error.TrySetResult(e));

        Exception reported = await error.Task.WaitAsync(EventWait, Ct);

        var kubernetesError = Assert.IsType<KubernetesException>(reported);
        Assert.Equal(410, kubernetesError.Status.Code);
        Assert.Equal("Expired", kubernetesError.Status.Reason);
    }

    [Fact]
    public async Task Watch_LabelSelector_TurnsLeavingObjectIntoDeleted()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        V1Secret created = await host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "s", Labels = new Dictionary<string, string> { ["team"] = "a" } } }, "default", cancellationToken: Ct);
        var events = Channel.CreateUnbounded<(WatchEventType Type, V1Secret Secret)>();
        using Watcher<V1Secret> watcher = host.Client.CoreV1.WatchListNamespacedSecret("default", labelSelector: "team=a", resourceVersion: created.Metadata.ResourceVersion, onEvent: (type, secret) => events.Writer.TryWrite((type, secret)));

        await host.Client.CoreV1.PatchNamespacedSecretAsync(new V1Patch("{\"metadata\":{\"labels\":{\"team\":\"b\"}}}", V1Patch.PatchType.MergePatch), "s", "default", cancellationToken: Ct);
        var left = await events.Reader.ReadAsync(Ct).AsTask().WaitAsync(EventWait, Ct);

        Assert.Equal(WatchEventType.Deleted, left.Type);
        Assert.Equal("b", left.Secret.Metadata.Labels["team"]);
    }

    private static Watcher<V1Secret> Watch(EmulatorHost host, string resourceVersion, Channel<(WatchEventType, V1Secret)> events, bool allowBookmarks) =>
        host.Client.CoreV1.WatchListNamespacedSecret("default", allowWatchBookmarks: allowBookmarks, resourceVersion: resourceVersion, onEvent: (type, secret) => events.Writer.TryWrite((type, secret)));

    private static Task<V1Secret> CreateSecretAsync(EmulatorHost host, string name) =>
        host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = name } }, "default", cancellationToken: Ct);
}
