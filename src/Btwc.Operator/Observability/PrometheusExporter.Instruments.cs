using System.Diagnostics.Metrics;
using Btwc.Operator.Observability.Internal;

namespace Btwc.Operator.Observability;

/// <content>Binding instruments to metric families as meters publish and dispose them.</content>
public sealed partial class PrometheusExporter
{
    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        var meter = instrument.Meter;
        if (!_meterNames.Contains(meter.Name) || (_meterScope is not null && !ReferenceEquals(meter.Scope, _meterScope)))
        {
            return;
        }

        if (InstrumentShape.Of(instrument) is not { } shape)
        {
            return;
        }

        var name = PrometheusNames.MetricName(instrument.Name, instrument.Unit, shape.Type == MetricType.Counter);
        InstrumentBinding binding;
        lock (_familiesLock)
        {
            var family = _families.GetOrAdd(name, _ => new MetricFamily(name, shape.Type, instrument.Description));

            // NOTE: an instrument whose exported name is already taken by another type is not exported, because
            // one Prometheus name has one type. The operator's instrument names do not collide.
            if (family.Type != shape.Type)
            {
                return;
            }

            binding = new InstrumentBinding(family, shape.Aggregation, instrument.IsObservable, _maxLabelSets, _bounds);
            family.Add(binding);
        }

        listener.EnableMeasurementEvents(instrument, binding);
    }

    private void OnMeasurementsCompleted(Instrument instrument, object? state)
    {
        if (state is not InstrumentBinding binding)
        {
            return;
        }

        lock (_familiesLock)
        {
            binding.Family.Remove(binding);
            if (binding.Family.IsEmpty)
            {
                _families.TryRemove(binding.Family.Name, out _);
            }
        }
    }
}
