using Btwc.Operator.Runtime;
using Btwc.Operator.Tests.Runtime.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using static Btwc.Operator.Tests.Runtime.WorkQueueTestHelpers;

namespace Btwc.Operator.Tests.Runtime;

public sealed class WorkQueueMetricsTests
{
    [Fact]
    public void Metrics_AddsRetriesDepthAndDuration_Recorded()
    {
        var time = new FakeTimeProvider(Start);
        using var meterFactory = new TestMeterFactory();
        using var adds = new MetricCollector<long>(meterFactory, RuntimeMetrics.MeterName, "btwc_workqueue_adds_total");
        using var retries = new MetricCollector<long>(meterFactory, RuntimeMetrics.MeterName, "btwc_workqueue_retries_total");
        using var depth = new MetricCollector<int>(meterFactory, RuntimeMetrics.MeterName, "btwc_workqueue_depth");
        using var work = new MetricCollector<double>(meterFactory, RuntimeMetrics.MeterName, "btwc_workqueue_work_duration_seconds");
        using var queue = new WorkQueue<ObjectKey>(new WorkQueueOptions { Name = "tests" }, time, new FixedRandom(0), meterFactory);

        queue.Add(Key("a"));
        queue.Add(Key("b"));
        depth.RecordObservableInstruments();
        Assert.True(queue.TryGet(out var item));
        time.Advance(TimeSpan.FromMilliseconds(250));
        queue.Done(item.Key);
        queue.AddRateLimited(Key("a"));

        Assert.Equal(2, adds.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, retries.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(2, depth.LastMeasurement!.Value);
        Assert.Equal("tests", depth.LastMeasurement.Tags["name"]);
        Assert.Equal(0.25, work.LastMeasurement!.Value, 3);
    }
}
