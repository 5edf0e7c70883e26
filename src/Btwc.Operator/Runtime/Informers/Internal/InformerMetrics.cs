using System.Diagnostics.Metrics;

namespace Btwc.Operator.Runtime.Informers.Internal;

/// <summary>The list, watch and event counters of one informer, tagged with its kind.</summary>
internal sealed class InformerMetrics : IDisposable
{
    private readonly Meter? _ownedMeter;
    private readonly KeyValuePair<string, object?> _kindTag;
    private readonly Counter<long> _lists;
    private readonly Counter<long> _watches;
    private readonly Counter<long> _events;

    public InformerMetrics(string kind, IMeterFactory? meterFactory, Func<int> cachedObjects)
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

        _kindTag = new KeyValuePair<string, object?>("kind", kind);
        var kindTag = _kindTag;
        _lists = meter.CreateCounter<long>("btwc_informer_lists_total", "{list}", "List calls: the first list and each relist after 410 Gone.");
        _watches = meter.CreateCounter<long>("btwc_informer_watches_total", "{watch}", "Watch requests, including reconnects.");
        _events = meter.CreateCounter<long>("btwc_informer_events_total", "{event}", "Watch events received, by type.");
        meter.CreateObservableGauge("btwc_informer_cached_objects", () => new Measurement<int>(cachedObjects(), kindTag), "{object}", "Objects in the informer's cache.");
    }

    public void Listed() => _lists.Add(1, _kindTag);

    public void Watched() => _watches.Add(1, _kindTag);

    public void Received(string eventType) => _events.Add(1, _kindTag, new KeyValuePair<string, object?>("type", eventType));

    public void Dispose() => _ownedMeter?.Dispose();
}
