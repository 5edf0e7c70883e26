using System.Collections.Concurrent;

namespace Btwc.Operator.Observability.Internal;

/// <summary>
/// The series of one instrument, keyed by label text. The number of label sets is capped, so a tag with
/// unbounded values cannot grow memory without limit; measurements beyond the cap are counted in
/// <see cref="DroppedMeasurements"/>.
/// </summary>
internal sealed class InstrumentBinding
{
    private readonly ConcurrentDictionary<string, ValueSeries> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HistogramSeries> _histograms = new(StringComparer.Ordinal);
    private readonly Lock _insertLock = new();
    private readonly Aggregation _aggregation;
    private readonly int _maxLabelSets;
    private readonly double[] _bounds;
    private int _labelSets;
    private long _droppedMeasurements;

    public InstrumentBinding(MetricFamily family, Aggregation aggregation, bool isObservable, int maxLabelSets, double[] bounds)
    {
        Family = family;
        _aggregation = aggregation;
        IsObservable = isObservable;
        _maxLabelSets = maxLabelSets;
        _bounds = bounds;
    }

    public MetricFamily Family { get; }

    /// <summary>Whether the values come from a callback on each scrape, so they are cleared before each one.</summary>
    public bool IsObservable { get; }

    public long DroppedMeasurements => Interlocked.Read(ref _droppedMeasurements);

    public IEnumerable<KeyValuePair<string, ValueSeries>> Values => _values;

    public IEnumerable<KeyValuePair<string, HistogramSeries>> Histograms => _histograms;

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = LabelSet.Render(tags);
        if (_aggregation == Aggregation.Histogram)
        {
            GetOrAdd(_histograms, labels, () => new HistogramSeries(_bounds))?.Record(value);

            return;
        }

        var series = GetOrAdd(_values, labels, static () => new ValueSeries());
        if (_aggregation == Aggregation.Sum)
        {
            series?.Add(value);
        }
        else
        {
            series?.Set(value);
        }
    }

    /// <summary>Clears an observable instrument's values before its callback reports them again.</summary>
    public void ResetObservations()
    {
        lock (_insertLock)
        {
            _values.Clear();
            _histograms.Clear();
            _labelSets = 0;
        }
    }

    private TSeries? GetOrAdd<TSeries>(ConcurrentDictionary<string, TSeries> series, string labels, Func<TSeries> create)
        where TSeries : class
    {
        if (series.TryGetValue(labels, out var existing))
        {
            return existing;
        }

        lock (_insertLock)
        {
            if (series.TryGetValue(labels, out existing))
            {
                return existing;
            }

            if (_labelSets >= _maxLabelSets)
            {
                Interlocked.Increment(ref _droppedMeasurements);

                return null;
            }

            var created = create();
            series[labels] = created;
            _labelSets++;

            return created;
        }
    }
}
