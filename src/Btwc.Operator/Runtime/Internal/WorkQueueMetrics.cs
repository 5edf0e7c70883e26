using System.Diagnostics.Metrics;

namespace Btwc.Operator.Runtime.Internal;

/// <summary>
/// The instruments of one work queue, tagged with the queue's name. The meter is named
/// <see cref="RuntimeMetrics.MeterName"/>.
/// </summary>
internal sealed class WorkQueueMetrics : IDisposable
{
    private readonly Meter? _ownedMeter;
    private readonly KeyValuePair<string, object?> _nameTag;
    private readonly Counter<long> _adds;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _workDuration;
    private readonly Histogram<double> _queueDuration;

    public WorkQueueMetrics(string queueName, IMeterFactory? meterFactory, Func<int> readyDepth, Func<int> delayedDepth)
    {
        Meter meter;
        if (meterFactory is null)
        {
            meter = new Meter(RuntimeMetrics.MeterName);
            _ownedMeter = meter;
        }
        else
        {
            meter = meterFactory.Create(RuntimeMetrics.MeterName);
        }

        _nameTag = new KeyValuePair<string, object?>("name", queueName);
        var nameTag = _nameTag;
        meter.CreateObservableGauge("btwc_workqueue_depth", () => new Measurement<int>(readyDepth(), nameTag), "{key}", "Keys ready to be processed.");
        meter.CreateObservableGauge("btwc_workqueue_delayed_keys", () => new Measurement<int>(delayedDepth(), nameTag), "{key}", "Keys waiting for a scheduled time, a retry delay or a throttled partition.");
        _adds = meter.CreateCounter<long>("btwc_workqueue_adds_total", "{add}", "Calls that added a key, including keys that were already queued.");
        _retries = meter.CreateCounter<long>("btwc_workqueue_retries_total", "{retry}", "Keys re-added after a failure.");
        _workDuration = meter.CreateHistogram<double>("btwc_workqueue_work_duration_seconds", "s", "Time a worker spent on one key.");
        _queueDuration = meter.CreateHistogram<double>("btwc_workqueue_queue_duration_seconds", "s", "Time a key waited in the ready queue before a worker took it.");
    }

    public void Added() => _adds.Add(1, _nameTag);

    public void Retried() => _retries.Add(1, _nameTag);

    public void Worked(TimeSpan duration) => _workDuration.Record(duration.TotalSeconds, _nameTag);

    public void Waited(TimeSpan duration) => _queueDuration.Record(duration.TotalSeconds, _nameTag);

    public void Dispose() => _ownedMeter?.Dispose();
}
