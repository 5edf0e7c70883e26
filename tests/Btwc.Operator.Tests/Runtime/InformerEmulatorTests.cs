using Btwc.Operator.Runtime.Informers;
using Btwc.Operator.Tests.Runtime.Support;
using k8s;
using k8s.Models;
using Kube.Emulator.Faults;
using Microsoft.Extensions.Logging.Testing;

namespace Btwc.Operator.Tests.Runtime;

/// <summary>The informer against the in-memory Kubernetes emulator through the official KubernetesClient.</summary>
public sealed class InformerEmulatorTests
{
    private const string ManagedLabel = "reconcile.external-secrets.io/managed";
    private const string Namespace = "default";

    private readonly FakeLogger _logger = new();
    private readonly List<InformerEvent<V1ConfigMap>> _events = [];

    [Fact]
    public async Task ConfigMaps_ListThenWatch_ReportsEveryChange()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var core = emulator.Client.CoreV1;
        var ct = TestContext.Current.CancellationToken;
        await core.CreateNamespacedConfigMapAsync(ConfigMap("existing"), Namespace, cancellationToken: ct);
        await using var informer = StartConfigMapInformer(emulator);
        await informer.WaitForSyncAsync(ct);

        await core.CreateNamespacedConfigMapAsync(ConfigMap("created"), Namespace, cancellationToken: ct);
        var updated = ConfigMap("existing");
        updated.Data = new Dictionary<string, string> { ["k"] = "v2" };
        await core.ReplaceNamespacedConfigMapAsync(updated, "existing", Namespace, cancellationToken: ct);
        await core.DeleteNamespacedConfigMapAsync("created", Namespace, cancellationToken: ct);
        await Eventually.TrueAsync(() => Summaries().Count == 4, "four events arrive");

        Assert.Equal([("Added", "existing", true), ("Added", "created", false), ("Updated", "existing", false), ("Deleted", "created", false)], Summaries());
        Assert.True(informer.TryGet(Namespace, "existing", out var cached));
        Assert.Equal("v2", cached!.Data["k"]);
        Assert.Single(informer.List());
    }

    [Fact]
    public async Task Secrets_LabelSelector_CachesManagedOnly()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var core = emulator.Client.CoreV1;
        var ct = TestContext.Current.CancellationToken;
        await core.CreateNamespacedSecretAsync(Secret("managed-1", managed: true), Namespace, cancellationToken: ct);
        await core.CreateNamespacedSecretAsync(Secret("unmanaged-1", managed: false), Namespace, cancellationToken: ct);
        var options = new InformerOptions { LabelSelector = $"{ManagedLabel}=true", InitialReconnectDelay = TimeSpan.FromMilliseconds(200) };
        await using var informer = new Informer<V1Secret>(KubernetesResources.Secrets(emulator.Client), options, logger: _logger);
        informer.Start();
        await informer.WaitForSyncAsync(ct);
        var afterList = informer.List().Select(s => s.Metadata.Name).ToList();

        await core.CreateNamespacedSecretAsync(Secret("unmanaged-2", managed: false), Namespace, cancellationToken: ct);
        await core.CreateNamespacedSecretAsync(Secret("managed-2", managed: true), Namespace, cancellationToken: ct);
        await Eventually.TrueAsync(() => informer.TryGet(Namespace, "managed-2", out _), "the new managed Secret is cached");
        var unlabeled = Secret("managed-1", managed: false);
        await core.ReplaceNamespacedSecretAsync(unlabeled, "managed-1", Namespace, cancellationToken: ct);
        await Eventually.TrueAsync(() => !informer.TryGet(Namespace, "managed-1", out _), "the Secret that lost its label leaves the cache");

        Assert.Equal(["managed-1"], afterList);
        Assert.Equal(["managed-2"], informer.List().Select(s => s.Metadata.Name));
    }

    [Fact]
    public async Task ConfigMaps_NamespaceRestriction_IgnoresOthers()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await emulator.Client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "other" } }, cancellationToken: ct);
        await using var informer = StartConfigMapInformer(emulator, o => o.Namespace = Namespace);
        await informer.WaitForSyncAsync(ct);

        await emulator.Client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("elsewhere", "other"), "other", cancellationToken: ct);
        await emulator.Client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("here"), Namespace, cancellationToken: ct);
        await Eventually.TrueAsync(() => informer.Count == 1, "the ConfigMap in the watched namespace is cached");

        Assert.Equal(["here"], informer.List().Select(c => c.Metadata.Name));
    }

    [Fact]
    public async Task Bookmarks_AdvanceResourceVersion()
    {
        await using var emulator = await EmulatorFixture.StartAsync(o => o.BookmarkInterval = TimeSpan.FromMilliseconds(200));
        var ct = TestContext.Current.CancellationToken;
        await using var informer = StartConfigMapInformer(emulator);
        await informer.WaitForSyncAsync(ct);
        var listed = long.Parse(informer.ResourceVersion!, System.Globalization.CultureInfo.InvariantCulture);

        // A Secret write moves the cluster's resourceVersion without any ConfigMap event.
        var secret = await emulator.Client.CoreV1.CreateNamespacedSecretAsync(Secret("unrelated", managed: false), Namespace, cancellationToken: ct);
        await Eventually.TrueAsync(() => informer.ResourceVersion == secret.Metadata.ResourceVersion, "a bookmark carries the new resourceVersion");

        Assert.True(long.Parse(secret.Metadata.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture) > listed);
        Assert.Empty(_events);
    }

    [Fact]
    public async Task Watch_ServerCloses_ReconnectsWithoutLosingEvents()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informer = StartConfigMapInformer(emulator, o => o.WatchTimeout = TimeSpan.FromSeconds(1));
        await informer.WaitForSyncAsync(ct);

        for (var i = 0; i < 8; i++)
        {
            await emulator.Client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap($"cm-{i}"), Namespace, cancellationToken: ct);
            await Task.Delay(500, ct);
        }

        await Eventually.TrueAsync(() => informer.Count == 8, "every ConfigMap is cached");

        // The journal records a watch when it ends, so one entry means the server closed a watch and later
        // ConfigMaps arrived through the next one.
        var closedWatches = emulator.Server.Journal.Entries.Where(e => e is { Verb: "watch", Resource: "configmaps" }).ToList();
        Assert.NotEmpty(closedWatches);
        Assert.Contains(emulator.Server.Journal.Entries, e => e is { Verb: "create", Resource: "configmaps" } && e.Time > closedWatches[0].Time);
        Assert.Equal(1, emulator.Server.Journal.Count("list", "configmaps"));
        Assert.Equal(8, Summaries().Count(s => s.Item1 == "Added"));
    }

    [Fact]
    public async Task Watch_RequestFails_ReconnectsAfterBackoff()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informer = StartConfigMapInformer(emulator, o => o.WatchTimeout = TimeSpan.FromSeconds(1));
        await informer.WaitForSyncAsync(ct);

        emulator.Server.Faults.Add(new FaultRule { Verb = "watch", Resource = "configmaps", StatusCode = 500, Count = 2 });
        await Eventually.TrueAsync(() => emulator.Server.Faults.Pending == 0, "both failing watch requests are made");
        await emulator.Client.CoreV1.CreateNamespacedConfigMapAsync(ConfigMap("after-failures"), Namespace, cancellationToken: ct);
        await Eventually.TrueAsync(() => informer.TryGet(Namespace, "after-failures", out _), "the informer recovers");

        Assert.Equal(2, _logger.Collector.GetSnapshot().Count(r => r.Id.Id == 3104));
        Assert.Equal(1, emulator.Server.Journal.Count("list", "configmaps"));
    }

    [Fact]
    public async Task Watch_HistoryExpired_RelistsWithSyntheticDelete()
    {
        await using var emulator = await EmulatorFixture.StartAsync(o => o.WatchHistorySize = 5);
        var core = emulator.Client.CoreV1;
        var ct = TestContext.Current.CancellationToken;
        await core.CreateNamespacedConfigMapAsync(ConfigMap("doomed"), Namespace, cancellationToken: ct);
        await using var informer = StartConfigMapInformer(emulator, o =>
        {
            o.WatchTimeout = TimeSpan.FromSeconds(1);
            o.InitialReconnectDelay = TimeSpan.FromSeconds(2);
        });
        await informer.WaitForSyncAsync(ct);

        // The next watch request fails, so the informer waits 2 s. Meanwhile more writes happen than the watch
        // history keeps, so its next watch from the old resourceVersion gets 410 Gone.
        emulator.Server.Faults.Add(new FaultRule { Verb = "watch", Resource = "configmaps", StatusCode = 500 });
        await Eventually.TrueAsync(() => emulator.Server.Faults.Pending == 0, "the failing watch request is made");
        await core.DeleteNamespacedConfigMapAsync("doomed", Namespace, cancellationToken: ct);
        for (var i = 0; i < 8; i++)
        {
            await core.CreateNamespacedSecretAsync(Secret($"filler-{i}", managed: false), Namespace, cancellationToken: ct);
        }

        await Eventually.TrueAsync(() => emulator.Server.Journal.Count("list", "configmaps") == 2, "the informer lists again");
        await Eventually.TrueAsync(() => !informer.TryGet(Namespace, "doomed", out _), "the deleted ConfigMap leaves the cache");

        var deleted = Assert.Single(_events, e => e.Type == InformerEventType.Deleted);
        Assert.True(deleted.FromRelist);
        Assert.Equal("doomed", deleted.Object.Metadata.Name);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3103);
    }

    [Fact]
    public async Task CustomResource_ListAndWatch_TypedObjects()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await emulator.Client.ApiextensionsV1.CreateCustomResourceDefinitionAsync(Widget.Definition(), cancellationToken: ct);
        await CreateWidgetAsync(emulator, "first", 1);
        var changes = new List<InformerEvent<Widget>>();
        await using var informer = new Informer<Widget>(KubernetesResources.Custom<Widget>(emulator.Client), new InformerOptions(), logger: _logger);
        informer.AddHandler(e =>
        {
            lock (changes)
            {
                changes.Add(e);
            }
        });

        informer.Start();
        await informer.WaitForSyncAsync(ct);
        await CreateWidgetAsync(emulator, "second", 2);
        await Eventually.TrueAsync(() => informer.Count == 2, "the watched widget is cached");

        Assert.True(informer.TryGet(Namespace, "first", out var first));
        Assert.Equal(1, first!.Spec.Size);
        Assert.True(informer.TryGet(Namespace, "second", out var second));
        Assert.Equal(2, second!.Spec.Size);
        Assert.Equal(2, changes.Count(c => c.Type == InformerEventType.Added));
    }

    private static async Task CreateWidgetAsync(EmulatorFixture emulator, string name, int size)
    {
        var widget = new Widget { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = Namespace }, Spec = new WidgetSpec { Size = size } };
        await emulator.Client.CustomObjects.CreateNamespacedCustomObjectAsync(widget, Widget.Group, Widget.Version, Namespace, Widget.Plural, cancellationToken: TestContext.Current.CancellationToken);
    }

    private Informer<V1ConfigMap> StartConfigMapInformer(EmulatorFixture emulator, Action<InformerOptions>? configure = null)
    {
        var options = new InformerOptions { InitialReconnectDelay = TimeSpan.FromMilliseconds(200) };
        configure?.Invoke(options);
        var informer = new Informer<V1ConfigMap>(KubernetesResources.ConfigMaps(emulator.Client), options, logger: _logger);
        informer.AddHandler(e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });
        informer.Start();

        return informer;
    }

    private List<(string, string, bool)> Summaries()
    {
        lock (_events)
        {
            return [.. _events.Select(e => (e.Type.ToString(), e.Object.Metadata.Name, e.FromRelist))];
        }
    }

    private static V1ConfigMap ConfigMap(string name, string ns = Namespace) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Data = new Dictionary<string, string> { ["k"] = "v1" },
    };

    private static V1Secret Secret(string name, bool managed) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = name,
            NamespaceProperty = Namespace,
            Labels = managed ? new Dictionary<string, string> { [ManagedLabel] = "true" } : null,
        },
        StringData = new Dictionary<string, string> { ["value"] = "not-a-real-secret" },
    };
}
