namespace Btwc.Operator.Observability.Internal;

/// <summary>How an instrument's measurements combine within one series.</summary>
internal enum Aggregation
{
    /// <summary>Measurements are increments: Counter, UpDownCounter, and observable counters within one scrape.</summary>
    Sum,

    /// <summary>The latest measurement is the value: Gauge and ObservableGauge.</summary>
    LastValue,

    /// <summary>Measurements are counted into buckets.</summary>
    Histogram,
}
