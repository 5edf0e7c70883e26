using Btwc.Operator.Runtime.Events;
using Btwc.Operator.Tests.Runtime.Support;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Operator.Tests.Runtime;

/// <summary>The event recorder writing core v1 Events into the emulator.</summary>
public sealed class EventRecorderEmulatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public async Task Record_IdenticalWithinWindow_RaisesCount()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var target = await CreateTargetAsync(emulator);
        var recorder = CreateRecorder(emulator);

        var first = await recorder.RecordAsync(target, EventTypes.Warning, "UpdateFailed", "could not reach the BeyondTrust site", ct);
        _time.Advance(TimeSpan.FromMinutes(9));
        var second = await recorder.RecordAsync(target, EventTypes.Warning, "UpdateFailed", "could not reach the BeyondTrust site", ct);

        Assert.True(first);
        Assert.True(second);
        var recorded = Assert.Single(await ListEventsAsync(emulator));
        Assert.Equal(2, recorded.Count);
        Assert.Equal(Start.UtcDateTime, recorded.FirstTimestamp);
        Assert.Equal((Start + TimeSpan.FromMinutes(9)).UtcDateTime, recorded.LastTimestamp);
        Assert.Equal(2, emulator.Server.Journal.Count(e => e.Resource == "events" && e.Verb is "create" or "patch"));
    }

    [Fact]
    public async Task Record_AfterWindow_CreatesNewEvent()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var target = await CreateTargetAsync(emulator);
        var recorder = CreateRecorder(emulator);

        await recorder.RecordAsync(target, EventTypes.Normal, "Updated", "Secret was updated", ct);
        _time.Advance(TimeSpan.FromMinutes(11));
        await recorder.RecordAsync(target, EventTypes.Normal, "Updated", "Secret was updated", ct);

        var events = await ListEventsAsync(emulator);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(1, e.Count));
    }

    [Fact]
    public async Task Record_DifferentMessage_SeparateEvent()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var target = await CreateTargetAsync(emulator);
        var recorder = CreateRecorder(emulator);

        await recorder.RecordAsync(target, EventTypes.Normal, "Updated", "lease 1 written", ct);
        await recorder.RecordAsync(target, EventTypes.Normal, "Updated", "lease 2 written", ct);

        Assert.Equal(["lease 1 written", "lease 2 written"], (await ListEventsAsync(emulator)).Select(e => e.Message).Order());
    }

    [Fact]
    public async Task Record_Fields_DescribeObjectAndSource()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var target = await CreateTargetAsync(emulator);
        var recorder = CreateRecorder(emulator);

        await recorder.RecordAsync(target, EventTypes.Warning, "InvalidSpec", "spec.siteId is empty", ct);

        var recorded = Assert.Single(await ListEventsAsync(emulator));
        Assert.Equal("Warning", recorded.Type);
        Assert.Equal("InvalidSpec", recorded.Reason);
        Assert.Equal("btwc-operator", recorded.Source.Component);
        Assert.Equal("btwc-operator", recorded.ReportingComponent);
        Assert.Equal("ConfigMap", recorded.InvolvedObject.Kind);
        Assert.Equal("v1", recorded.InvolvedObject.ApiVersion);
        Assert.Equal("target", recorded.InvolvedObject.Name);
        Assert.Equal(target.Metadata.Uid, recorded.InvolvedObject.Uid);
        Assert.Equal(target.Metadata.ResourceVersion, recorded.InvolvedObject.ResourceVersion);
        Assert.StartsWith("target.", recorded.Metadata.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_PerObjectBurstSpent_Dropped()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var target = await CreateTargetAsync(emulator);
        var other = await CreateTargetAsync(emulator, "other");
        var recorder = CreateRecorder(emulator, o => { o.PerObjectBurst = 3; o.PerObjectRefillInterval = TimeSpan.FromMinutes(5); });

        var results = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await recorder.RecordAsync(target, EventTypes.Normal, "Updated", $"change {i}", ct));
        }

        var otherObject = await recorder.RecordAsync(other, EventTypes.Normal, "Updated", "change 0", ct);
        _time.Advance(TimeSpan.FromMinutes(5));
        var afterRefill = await recorder.RecordAsync(target, EventTypes.Normal, "Updated", "change 4", ct);

        Assert.Equal([true, true, true, false], results);
        Assert.True(otherObject);
        Assert.True(afterRefill);
        Assert.Equal(5, (await ListEventsAsync(emulator)).Count);
    }

    [Fact]
    public async Task Record_EventDeletedMeanwhile_CreatesAgain()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var target = await CreateTargetAsync(emulator);
        var recorder = CreateRecorder(emulator);
        await recorder.RecordAsync(target, EventTypes.Normal, "Updated", "same", ct);
        var existing = Assert.Single(await ListEventsAsync(emulator));

        await emulator.Client.CoreV1.DeleteNamespacedEventAsync(existing.Metadata.Name, "default", cancellationToken: ct);
        var recorded = await recorder.RecordAsync(target, EventTypes.Normal, "Updated", "same", ct);

        Assert.True(recorded);
        Assert.Equal(1, Assert.Single(await ListEventsAsync(emulator)).Count);
    }

    private EventRecorder CreateRecorder(EmulatorFixture emulator, Action<EventRecorderOptions>? configure = null)
    {
        var options = new EventRecorderOptions { Host = "test-host" };
        configure?.Invoke(options);

        return new EventRecorder(emulator.Client, options, _time);
    }

    private static async Task<V1ConfigMap> CreateTargetAsync(EmulatorFixture emulator, string name = "target")
    {
        var created = await emulator.Client.CoreV1.CreateNamespacedConfigMapAsync(
            new V1ConfigMap { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" } }, "default", cancellationToken: TestContext.Current.CancellationToken);

        // Objects read back from a list carry no kind; the recorder falls back to the type's entity attribute.
        created.Kind = null;
        created.ApiVersion = null;

        return created;
    }

    private static async Task<IList<Corev1Event>> ListEventsAsync(EmulatorFixture emulator) =>
        (await emulator.Client.CoreV1.ListNamespacedEventAsync("default", cancellationToken: TestContext.Current.CancellationToken)).Items;
}
