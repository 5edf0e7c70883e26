using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Btwc.Operator.Observability.Internal;

namespace Btwc.Operator.Observability;

/// <summary>
/// Collects the measurements of the configured meters through a <see cref="MeterListener"/> and renders them in
/// the Prometheus text exposition format, version 0.0.4.
/// </summary>
/// <remarks>
/// Counters, UpDownCounters, Gauges and Histograms are aggregated as they are recorded; observable instruments are
/// read on each <see cref="Scrape"/>. Tags become labels, so an instrument must never be tagged with a secret.
/// Recording is thread-safe, and memory is bounded by
/// <see cref="PrometheusExporterOptions.MaxLabelSetsPerInstrument"/>.
/// </remarks>
public sealed partial class PrometheusExporter : IDisposable
{
    /// <summary>The Content-Type of a scrape response.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>The exporter's own counter of measurements dropped at the label-set cap, tagged with <c>metric</c>.</summary>
    public const string DroppedMeasurementsMetric = "btwc_metrics_dropped_measurements_total";

    private readonly MeterListener _listener;
    private readonly HashSet<string> _meterNames;
    private readonly object? _meterScope;
    private readonly double[] _bounds;
    private readonly int _maxLabelSets;
    private readonly ConcurrentDictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);
    private readonly Lock _familiesLock = new();
    private readonly Lock _scrapeLock = new();

    /// <summary>Starts listening to the configured meters, including instruments created before this call.</summary>
    /// <param name="options">The settings; null uses the defaults.</param>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public PrometheusExporter(PrometheusExporterOptions? options = null)
    {
        options ??= new PrometheusExporterOptions();
        options.Validate();
        _meterNames = new HashSet<string>(options.MeterNames, StringComparer.Ordinal);
        _meterScope = options.MeterScope;
        _bounds = [.. options.HistogramBuckets];
        _maxLabelSets = options.MaxLabelSetsPerInstrument;

        _listener = new MeterListener
        {
            InstrumentPublished = OnInstrumentPublished,
            MeasurementsCompleted = OnMeasurementsCompleted,
        };
        _listener.SetMeasurementEventCallback<byte>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<short>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<decimal>(static (_, value, tags, state) => Record(state, (double)value, tags));
        _listener.Start();
    }

    /// <summary>
    /// Reads the observable instruments and returns every metric with at least one series, families in name order
    /// and series in label order.
    /// </summary>
    public string Scrape()
    {
        lock (_scrapeLock)
        {
            ObserveInstruments();

            var output = new StringBuilder();
            foreach (var family in _families.Values.OrderBy(family => family.Name, StringComparer.Ordinal))
            {
                TextFormatWriter.Write(output, family, _bounds);
            }

            WriteDroppedMeasurements(output);

            return output.ToString();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private static void Record(object? state, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        ((InstrumentBinding)state!).Record(value, tags);

    private void ObserveInstruments()
    {
        foreach (var family in _families.Values)
        {
            foreach (var binding in family.Bindings.Where(binding => binding.IsObservable))
            {
                binding.ResetObservations();
            }
        }

        try
        {
            _listener.RecordObservableInstruments();
        }
        catch (AggregateException)
        {
            // NOTE: an observable callback threw; its instrument has no samples in this scrape, and the other
            // instruments were still read. The callbacks belong to the operator, so this is a bug to fix there.
        }
    }

    private void WriteDroppedMeasurements(StringBuilder output)
    {
        var dropped = _families.Values
            .Select(family => (family.Name, Count: family.Bindings.Sum(binding => binding.DroppedMeasurements)))
            .Where(entry => entry.Count > 0)
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .ToList();
        if (dropped.Count == 0)
        {
            return;
        }

        TextFormatWriter.WriteHeader(
            output,
            DroppedMeasurementsMetric,
            MetricType.Counter,
            "Measurements dropped because their instrument already had the maximum number of label sets.");
        foreach (var (name, count) in dropped)
        {
            TextFormatWriter.WriteSample(output, DroppedMeasurementsMetric, $"metric=\"{name}\"", PrometheusText.FormatValue(count));
        }
    }
}
