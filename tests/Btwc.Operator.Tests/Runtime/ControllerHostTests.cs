using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Tests.Runtime.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using static Btwc.Operator.Tests.Runtime.WorkQueueTestHelpers;

namespace Btwc.Operator.Tests.Runtime;

public sealed class ControllerHostTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeLogger _logger = new();
    private readonly ManualInformer _informer = new();
    private readonly WorkQueue<ObjectKey> _queue;
    private ControllerHost<ObjectKey>? _host;

    public ControllerHostTests()
    {
        _queue = CreateQueue(_time);
    }

    [Fact]
    public async Task Workers_InformersNotSynced_DoNotStart()
    {
        var reconciler = new DelegateReconciler((_, _, _) => Task.FromResult(ReconcileResult.Done()));
        _queue.Add(Key("a"));

        await StartHostAsync(reconciler);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        var callsBeforeSync = reconciler.Calls.Count;
        _informer.Sync();
        await Eventually.TrueAsync(() => reconciler.Calls.Count == 1, "the key is reconciled after sync");

        Assert.True(_informer.Started);
        Assert.Equal(0, callsBeforeSync);
        Assert.True(_host!.IsRunningWorkers);
    }

    [Fact]
    public async Task Reconciler_Throws_RetriedAfterBackoff()
    {
        var reconciler = new DelegateReconciler((_, attempt, _) =>
            attempt == 1 ? throw new InvalidOperationException("reconciler bug") : Task.FromResult(ReconcileResult.Done()));
        _informer.Sync();
        await StartHostAsync(reconciler);

        _queue.Add(Key("a"));
        await Eventually.TrueAsync(() => _logger.Collector.GetSnapshot().Any(r => r.Id.Id == 3124), "the exception is logged");
        var callsBeforeBackoff = reconciler.Calls.Count;
        _time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => reconciler.Calls.Count == 2, "the key is retried");

        Assert.Equal(1, callsBeforeBackoff);
        var record = _logger.Collector.GetSnapshot().Single(r => r.Id.Id == 3124);
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.IsType<InvalidOperationException>(record.Exception);
        await Eventually.TrueAsync(() => _queue.GetFailures(Key("a")) == 0, "success forgets the failures");
    }

    [Fact]
    public async Task Result_Requeue_SchedulesNextPass()
    {
        var reconciler = new DelegateReconciler((_, _, _) => Task.FromResult(ReconcileResult.Requeue(TimeSpan.FromHours(1), WorkPriority.Expiring)));
        _informer.Sync();
        await StartHostAsync(reconciler);

        _queue.Add(Key("a"));
        await Eventually.TrueAsync(() => _queue.GetDueTime(Key("a")) is not null, "the next pass is scheduled");
        _time.Advance(TimeSpan.FromHours(1));
        await Eventually.TrueAsync(() => reconciler.Calls.Count == 2, "the scheduled pass runs");

        Assert.Equal(2, reconciler.CallsFor("a"));
    }

    [Fact]
    public async Task Result_Transient_WarnsAndBacksOff()
    {
        var reconciler = new DelegateReconciler((_, attempt, _) => Task.FromResult(
            attempt < 3 ? ReconcileResult.Retry("BeyondTrust returned 503") : ReconcileResult.Done()));
        _informer.Sync();
        await StartHostAsync(reconciler);

        _queue.Add(Key("a"));
        await Eventually.TrueAsync(() => _queue.GetFailures(Key("a")) == 1, "the first failure is recorded");
        _time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => _queue.GetFailures(Key("a")) == 2, "the second failure is recorded");
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(100, TestContext.Current.CancellationToken);
        var callsBeforeSecondBackoff = reconciler.Calls.Count;
        _time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => reconciler.Calls.Count == 3, "the third attempt runs after 2 s");

        Assert.Equal(2, callsBeforeSecondBackoff);
        var warnings = _logger.Collector.GetSnapshot().Where(r => r.Id.Id == 3121).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
        Assert.Contains("BeyondTrust returned 503", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_RateLimited_ThrottlesOnlyItsPartition()
    {
        var reconciler = new DelegateReconciler((key, attempt, _) => Task.FromResult(
            key.Name == "a1" && attempt == 1
                ? ReconcileResult.RateLimited("BeyondTrust returned 429", TimeSpan.FromSeconds(30), "site-a")
                : ReconcileResult.Done()));
        _informer.Sync();
        _queue.SetPartition(Key("a2"), "site-a");
        await StartHostAsync(reconciler);

        _queue.Add(Key("a1"));
        await Eventually.TrueAsync(() => _queue.GetThrottle("site-a") is not null, "site-a is throttled");
        _queue.Add(Key("a2"));
        _queue.Add(Key("b1"));
        await Eventually.TrueAsync(() => reconciler.CallsFor("b1") == 1, "the other site's key runs");
        await Task.Delay(100, TestContext.Current.CancellationToken);
        var a2BeforeThrottleEnds = reconciler.CallsFor("a2");
        _time.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => reconciler.CallsFor("a2") == 1 && reconciler.CallsFor("a1") == 2, "site-a's keys run after the throttle");

        Assert.Equal(0, a2BeforeThrottleEnds);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3122 && r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Result_Permanent_NotRetried()
    {
        var reconciler = new DelegateReconciler((_, _, _) => Task.FromResult(ReconcileResult.Permanent("spec.provider.siteId 'x' is not a UUID")));
        _informer.Sync();
        await StartHostAsync(reconciler);

        _queue.Add(Key("a"));
        await Eventually.TrueAsync(() => _logger.Collector.GetSnapshot().Any(r => r.Id.Id == 3123), "the failure is logged");
        _time.Advance(TimeSpan.FromHours(1));
        await Task.Delay(100, TestContext.Current.CancellationToken);

        Assert.Single(reconciler.Calls);
        Assert.Null(_queue.GetDueTime(Key("a")));
        Assert.Equal(LogLevel.Error, _logger.Collector.GetSnapshot().Single(r => r.Id.Id == 3123).Level);
    }

    [Fact]
    public async Task StopAsync_ReconcileInFlight_CancelsAndStops()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reconciler = new DelegateReconciler(async (_, _, ct) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);

            return ReconcileResult.Done();
        });
        _informer.Sync();
        await StartHostAsync(reconciler);
        _queue.Add(Key("a"));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await _host!.StopAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(_queue.IsShutDown);
        Assert.True(_informer.Stopped);
        Assert.False(_host.IsRunningWorkers);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3130);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }

        _queue.Dispose();
    }

    private async Task StartHostAsync(DelegateReconciler reconciler)
    {
        _host = new ControllerHost<ObjectKey>(new ControllerOptions { Name = "test", Workers = 2 }, _queue, reconciler, [_informer], null, _time, _logger);
        await _host.StartAsync(TestContext.Current.CancellationToken);
    }
}
