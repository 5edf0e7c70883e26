using System.Net;
using Btwc.Operator.Runtime.Informers;
using Btwc.Operator.Tests.Runtime.Support;
using k8s;
using k8s.Models;
using Btwc.Operator.Runtime;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Operator.Tests.Runtime;

public sealed class InformerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ScriptedResourceClient<V1ConfigMap> _client = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeLogger _logger = new();
    private readonly List<InformerEvent<V1ConfigMap>> _events = [];

    [Fact]
    public async Task Start_InitialList_FillsCacheAndReportsAdds()
    {
        _client.EnqueueList("100", ConfigMap("a", "10"), ConfigMap("b", "11"));
        await using var informer = CreateInformer();

        informer.Start();
        await informer.WaitForSyncAsync(TestContext.Current.CancellationToken);

        Assert.True(informer.HasSynced);
        Assert.Equal(2, informer.Count);
        Assert.True(informer.TryGet("default", "a", out var a));
        Assert.Equal("10", a!.Metadata.ResourceVersion);
        Assert.Equal("100", informer.ResourceVersion);
        Assert.Equal([("Added", "a", true), ("Added", "b", true)], Summaries());
        await Eventually.TrueAsync(() => _client.WatchedFrom.Contains("100"), "the watch starts from the list's resourceVersion");
    }

    [Fact]
    public async Task Watch_Events_UpdateCacheAndHandlers()
    {
        _client.EnqueueList("100", ConfigMap("a", "10"), ConfigMap("b", "11"));
        await using var informer = await StartAsync();

        var watch = _client.CurrentWatch!;
        watch.Push(WatchEventType.Added, ConfigMap("c", "101"));
        watch.Push(WatchEventType.Modified, ConfigMap("a", "102"));
        watch.Push(WatchEventType.Deleted, ConfigMap("b", "103"));
        await Eventually.TrueAsync(() => informer.ResourceVersion == "103", "the delete is applied");

        Assert.Equal(["a", "c"], informer.List().Select(m => m.Metadata.Name).Order());
        Assert.False(informer.TryGet("default", "b", out _));
        Assert.Equal([("Added", "c", false), ("Updated", "a", false), ("Deleted", "b", false)], Summaries().Skip(2));
        var update = _events.Single(e => e.Type == InformerEventType.Updated);
        Assert.Equal("10", update.OldObject!.Metadata.ResourceVersion);
        Assert.Equal("102", update.Object.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Watch_Event_LoggedInObjectScope()
    {
        _client.EnqueueList("100");
        await using var informer = await StartAsync();

        var added = ConfigMap("a", "101");
        added.Metadata.Uid = "6f1c2a52-0000-4000-8000-000000000001";
        _client.CurrentWatch!.Push(WatchEventType.Added, added);
        await Eventually.TrueAsync(() => informer.ResourceVersion == "101", "the event is applied");

        var record = _logger.Collector.GetSnapshot().Single(r => r.Id.Id == 3102);
        var scope = Assert.IsAssignableFrom<IEnumerable<KeyValuePair<string, object?>>>(Assert.Single(record.Scopes)).ToDictionary();
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Equal("V1ConfigMap", scope["Kind"]);
        Assert.Equal("default", scope["Namespace"]);
        Assert.Equal("a", scope["Name"]);
        Assert.Equal("6f1c2a52-0000-4000-8000-000000000001", scope["Uid"]);
        Assert.Equal("101", scope["ResourceVersion"]);
    }

    [Fact]
    public async Task Watch_Bookmark_KeepsResourceVersion()
    {
        _client.EnqueueList("100", ConfigMap("a", "10"));
        await using var informer = await StartAsync();

        _client.CurrentWatch!.Push(WatchEventType.Bookmark, new V1ConfigMap { Metadata = new V1ObjectMeta { ResourceVersion = "150" } });
        await Eventually.TrueAsync(() => informer.ResourceVersion == "150", "the bookmark's resourceVersion is kept");
        _client.CurrentWatch!.Close();
        await Eventually.TrueAsync(() => _client.WatchCalls == 2, "the watch is opened again");

        Assert.Equal(["100", "150"], _client.WatchedFrom);
        Assert.Single(_events);
        Assert.Equal(1, _client.ListCalls);
    }

    [Fact]
    public async Task Watch_GoneError_RelistsWithSyntheticDeletes()
    {
        _client.EnqueueList("100", ConfigMap("a", "10"), ConfigMap("b", "11"));
        _client.EnqueueList("300", ConfigMap("a", "10"), ConfigMap("c", "250"));
        await using var informer = await StartAsync();

        _client.CurrentWatch!.ReportError(new KubernetesException(new V1Status { Code = (int)HttpStatusCode.Gone, Reason = "Expired" }));
        await Eventually.TrueAsync(() => informer.ResourceVersion == "300", "the relist completes");

        Assert.Equal(2, _client.ListCalls);
        Assert.Equal([("Added", "c", true), ("Deleted", "b", true)], Summaries().Skip(2));
        Assert.Equal(["a", "c"], informer.List().Select(m => m.Metadata.Name).Order());
        await Eventually.TrueAsync(() => _client.WatchedFrom.Contains("300"), "the watch starts from the relist");
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3103);
    }

    [Fact]
    public async Task Watch_Dropped_ReconnectsAfterBackoff()
    {
        _client.EnqueueList("100", ConfigMap("a", "10"));
        await using var informer = await StartAsync();
        _client.CurrentWatch!.Push(WatchEventType.Modified, ConfigMap("a", "120"));
        await Eventually.TrueAsync(() => informer.ResourceVersion == "120", "the event is applied");

        _client.CurrentWatch!.Drop(new IOException("connection reset"));
        await WaitForRetryLogAsync(1);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(100, TestContext.Current.CancellationToken);
        var watchesBeforeDelay = _client.WatchCalls;
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.TrueAsync(() => _client.WatchCalls == 2, "the watch reconnects");

        Assert.Equal(1, watchesBeforeDelay);
        Assert.Equal(["100", "120"], _client.WatchedFrom);
        Assert.Equal(1, _client.ListCalls);
        var retry = _logger.Collector.GetSnapshot().First(r => r.Id.Id == 3104);
        Assert.Equal(LogLevel.Warning, retry.Level);
        Assert.IsType<IOException>(retry.Exception);
    }

    [Fact]
    public async Task List_Failures_BackOffExponentially()
    {
        _client.EnqueueListFailure(new HttpRequestException("refused"));
        _client.EnqueueListFailure(new HttpRequestException("refused"));
        _client.EnqueueList("100", ConfigMap("a", "10"));
        await using var informer = CreateInformer();

        informer.Start();
        await WaitForRetryLogAsync(1);
        _time.Advance(TimeSpan.FromSeconds(1));
        await WaitForRetryLogAsync(2);
        _time.Advance(TimeSpan.FromSeconds(2));
        await informer.WaitForSyncAsync(TestContext.Current.CancellationToken);

        var delays = _logger.Collector.GetSnapshot().Where(r => r.Id.Id == 3104).Select(r => r.StructuredState!.Single(p => p.Key == "DelayMs").Value ?? "").ToList();
        Assert.Equal(["1000", "2000"], delays);
        Assert.Equal(3, _client.ListCalls);
    }

    [Fact]
    public async Task Watch_ClosesAtOnceEmpty_BacksOff()
    {
        _client.EnqueueList("100");
        await using var informer = await StartAsync();

        _client.CurrentWatch!.Close();
        await Task.Delay(100, TestContext.Current.CancellationToken);
        var watchesBeforeDelay = _client.WatchCalls;
        await Eventually.TrueAsync(() => _client.WatchCalls == 2, "the watch reconnects", betweenPolls: () => _time.Advance(TimeSpan.FromMilliseconds(100)));

        Assert.Equal(1, watchesBeforeDelay);
    }

    [Fact]
    public async Task Handler_Throws_InformerContinues()
    {
        _client.EnqueueList("100", ConfigMap("a", "10"));
        await using var informer = CreateInformer();
        informer.AddHandler(_ => throw new InvalidOperationException("handler bug"));

        informer.Start();
        await informer.WaitForSyncAsync(TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => _client.CurrentWatch is not null, "the watch starts");
        _client.CurrentWatch!.Push(WatchEventType.Added, ConfigMap("b", "101"));
        await Eventually.TrueAsync(() => informer.ResourceVersion == "101", "the next event is applied");

        Assert.Equal(2, informer.Count);
        Assert.Equal(2, _logger.Collector.GetSnapshot().Count(r => r.Id.Id == 3106));
    }

    [Fact]
    public async Task StopAsync_RunningWatch_Ends()
    {
        _client.EnqueueList("100");
        var informer = await StartAsync();

        await informer.StopAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await informer.DisposeAsync();

        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3108);
    }

    [Fact]
    public async Task StopAsync_AfterDispose_ReturnsQuietly()
    {
        _client.EnqueueList("100");
        var informer = await StartAsync();
        await informer.DisposeAsync();

        await informer.StopAsync();
        await informer.DisposeAsync();

        Assert.Single(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3108);
    }

    [Fact]
    public async Task Metrics_ListsWatchesEvents_Counted()
    {
        using var meterFactory = new TestMeterFactory();
        using var lists = new MetricCollector<long>(meterFactory, RuntimeMetrics.MeterName, "btwc_informer_lists_total");
        using var events = new MetricCollector<long>(meterFactory, RuntimeMetrics.MeterName, "btwc_informer_events_total");
        using var cached = new MetricCollector<int>(meterFactory, RuntimeMetrics.MeterName, "btwc_informer_cached_objects");
        _client.EnqueueList("100", ConfigMap("a", "10"));
        await using var informer = new Informer<V1ConfigMap>(_client, new InformerOptions(), _time, new FixedRandom(0), _logger, meterFactory);

        informer.Start();
        await informer.WaitForSyncAsync(TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => _client.CurrentWatch is not null, "the watch starts");
        _client.CurrentWatch!.Push(WatchEventType.Added, ConfigMap("b", "101"));
        _client.CurrentWatch!.Push(WatchEventType.Bookmark, new V1ConfigMap { Metadata = new V1ObjectMeta { ResourceVersion = "102" } });
        await Eventually.TrueAsync(() => informer.ResourceVersion == "102", "both events are applied");
        cached.RecordObservableInstruments();

        Assert.Equal(1, lists.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(2, events.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal("V1ConfigMap", lists.LastMeasurement!.Tags["kind"]);
        Assert.Equal(2, cached.LastMeasurement!.Value);
    }

    [Fact]
    public async Task Start_Twice_Throws()
    {
        await using var informer = CreateInformer();
        informer.Start();

        var error = Assert.Throws<InvalidOperationException>(informer.Start);

        Assert.Contains("already started", error.Message, StringComparison.Ordinal);
    }

    private Informer<V1ConfigMap> CreateInformer()
    {
        var informer = new Informer<V1ConfigMap>(_client, new InformerOptions(), _time, new FixedRandom(0), _logger);
        informer.AddHandler(e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });

        return informer;
    }

    private async Task<Informer<V1ConfigMap>> StartAsync()
    {
        var informer = CreateInformer();
        informer.Start();
        await informer.WaitForSyncAsync(TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => _client.CurrentWatch is not null, "the watch starts");

        return informer;
    }

    private async Task WaitForRetryLogAsync(int count)
    {
        await Eventually.TrueAsync(() => _logger.Collector.GetSnapshot().Count(r => r.Id.Id == 3104) >= count, $"{count} reconnect warnings are logged");

        // The delay's timer is created just after the warning is logged.
        await Task.Delay(50, TestContext.Current.CancellationToken);
    }

    private List<(string, string, bool)> Summaries()
    {
        lock (_events)
        {
            return [.. _events.Select(e => (e.Type.ToString(), e.Object.Metadata.Name, e.FromRelist))];
        }
    }

    internal static V1ConfigMap ConfigMap(string name, string resourceVersion) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default", ResourceVersion = resourceVersion },
    };
}
