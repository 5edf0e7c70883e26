using System.Diagnostics.Metrics;

namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>An <see cref="IMeterFactory"/> whose meters carry this factory as scope, so a test collects only its own measurements.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        _meters.Add(meter);

        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
