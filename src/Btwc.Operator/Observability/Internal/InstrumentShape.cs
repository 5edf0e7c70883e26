using System.Diagnostics.Metrics;

namespace Btwc.Operator.Observability.Internal;

/// <summary>The Prometheus type and aggregation of one kind of <see cref="Instrument"/>.</summary>
internal readonly record struct InstrumentShape(MetricType Type, Aggregation Aggregation)
{
    /// <summary>Returns the shape of <paramref name="instrument"/>, or null for a kind this exporter does not know.</summary>
    public static InstrumentShape? Of(Instrument instrument)
    {
        var type = instrument.GetType();
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>))
        {
            return new InstrumentShape(MetricType.Counter, Aggregation.Sum);
        }

        if (definition == typeof(UpDownCounter<>) || definition == typeof(ObservableUpDownCounter<>))
        {
            return new InstrumentShape(MetricType.Gauge, Aggregation.Sum);
        }

        if (definition == typeof(Gauge<>) || definition == typeof(ObservableGauge<>))
        {
            return new InstrumentShape(MetricType.Gauge, Aggregation.LastValue);
        }

        return definition == typeof(Histogram<>) ? new InstrumentShape(MetricType.Histogram, Aggregation.Histogram) : null;
    }
}
