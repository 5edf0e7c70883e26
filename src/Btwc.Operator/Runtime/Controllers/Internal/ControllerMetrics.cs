using System.Diagnostics.Metrics;

namespace Btwc.Operator.Runtime.Controllers.Internal;

/// <summary>The reconcile counter and duration histogram of one controller, tagged with its name.</summary>
internal sealed class ControllerMetrics : IDisposable
{
    private readonly Meter? _ownedMeter;
    private readonly string _controller;
    private readonly Counter<long> _reconciles;
    private readonly Histogram<double> _duration;

    public ControllerMetrics(string controller, IMeterFactory? meterFactory)
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

        _controller = controller;
        _reconciles = meter.CreateCounter<long>("btwc_reconcile_total", "{reconcile}", "Reconcile passes by result: success, transient, rate_limited or permanent.");
        _duration = meter.CreateHistogram<double>("btwc_reconcile_duration_seconds", "s", "Time one reconcile pass took.");
    }

    public void Reconciled(RetryClass retryClass, TimeSpan duration)
    {
        var result = retryClass switch
        {
            RetryClass.None => "success",
            RetryClass.Transient => "transient",
            RetryClass.RateLimited => "rate_limited",
            _ => "permanent",
        };
        _reconciles.Add(1, new KeyValuePair<string, object?>("controller", _controller), new KeyValuePair<string, object?>("result", result));
        _duration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("controller", _controller));
    }

    public void Dispose() => _ownedMeter?.Dispose();
}
