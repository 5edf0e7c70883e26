using Btwc.Client;

namespace Btwc.Operator.Observability;

/// <summary>Settings of a <see cref="PrometheusExporter"/>.</summary>
public sealed class PrometheusExporterOptions
{
    /// <summary>
    /// The bucket upper bounds of every histogram, in seconds: 5 ms to 60 s. Prometheus client libraries default to
    /// the same bounds up to 10 s; 30 s and 60 s are added because BeyondTrust calls with retries can take that long.
    /// </summary>
    public static readonly IReadOnlyList<double> SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    /// <summary>
    /// The names of the meters to export. Default: <c>Btwc.Operator</c> (the controller, queue, informers and
    /// reconciler) and <c>Btwc.Client</c> (the BeyondTrust API client).
    /// </summary>
    public IList<string> MeterNames { get; } = [OperatorMetrics.MeterName, BtwcClientTelemetry.MeterName];

    /// <summary>
    /// When set, only meters whose <see cref="System.Diagnostics.Metrics.Meter.Scope"/> is this object are exported,
    /// such as the <see cref="System.Diagnostics.Metrics.IMeterFactory"/> that created them. Default: null, meaning
    /// every meter with a listed name in the process.
    /// </summary>
    public object? MeterScope { get; set; }

    /// <summary>The histogram bucket upper bounds, ascending and finite; <c>+Inf</c> is always added. Default: <see cref="SecondsBuckets"/>.</summary>
    public IReadOnlyList<double> HistogramBuckets { get; set; } = SecondsBuckets;

    /// <summary>
    /// The maximum number of label sets kept per instrument. Measurements with a new label set beyond it are dropped
    /// and counted in <c>btwc_metrics_dropped_measurements_total</c>. Default: 10,000.
    /// </summary>
    public int MaxLabelSetsPerInstrument { get; set; } = 10_000;

    /// <summary>Checks the settings and throws a message naming the invalid value and the rule.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (MeterNames.Count == 0 || MeterNames.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException(
                $"PrometheusExporterOptions.MeterNames [{string.Join(", ", MeterNames.Select(name => $"'{name}'"))}] must list at least one meter and no empty name.",
                nameof(MeterNames));
        }

        if (MaxLabelSetsPerInstrument < 1)
        {
            throw new ArgumentException(
                $"PrometheusExporterOptions.MaxLabelSetsPerInstrument '{MaxLabelSetsPerInstrument}' must be at least 1.",
                nameof(MaxLabelSetsPerInstrument));
        }

        ValidateBuckets();
    }

    private void ValidateBuckets()
    {
        ArgumentNullException.ThrowIfNull(HistogramBuckets, nameof(HistogramBuckets));
        for (var i = 0; i < HistogramBuckets.Count; i++)
        {
            var bound = HistogramBuckets[i];
            if (!double.IsFinite(bound) || (i > 0 && bound <= HistogramBuckets[i - 1]))
            {
                throw new ArgumentException(
                    $"PrometheusExporterOptions.HistogramBuckets has '{bound}' at index {i}; the bounds must be finite and strictly ascending.",
                    nameof(HistogramBuckets));
            }
        }
    }
}
