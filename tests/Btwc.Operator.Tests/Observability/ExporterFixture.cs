using System.Diagnostics.Metrics;
using Btwc.Operator.Observability;

namespace Btwc.Operator.Tests.Observability;

/// <summary>A meter with a name of its own and an exporter that listens only to it, so parallel tests stay apart.</summary>
internal sealed class ExporterFixture : IDisposable
{
    public ExporterFixture(Action<PrometheusExporterOptions>? configure = null)
    {
        var name = "Btwc.Tests." + Guid.NewGuid().ToString("N");
        Meter = new Meter(name);
        var options = new PrometheusExporterOptions();
        options.MeterNames.Clear();
        options.MeterNames.Add(name);
        configure?.Invoke(options);
        Exporter = new PrometheusExporter(options);
    }

    public Meter Meter { get; }

    public PrometheusExporter Exporter { get; }

    public void Dispose()
    {
        Exporter.Dispose();
        Meter.Dispose();
    }
}
