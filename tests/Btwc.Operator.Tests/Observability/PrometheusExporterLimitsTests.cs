using System.Diagnostics.Metrics;
using Btwc.Operator.Observability;
using Btwc.Operator.Tests.Runtime.Support;

namespace Btwc.Operator.Tests.Observability;

/// <summary>Bounded memory, concurrency, meter lifetime and filtering of the exporter.</summary>
public sealed class PrometheusExporterLimitsTests
{
    [Fact]
    public void LabelSetCap_DropsAndCounts()
    {
        using var fixture = new ExporterFixture(options => options.MaxLabelSetsPerInstrument = 2);
        var counter = fixture.Meter.CreateCounter<long>("keys_total");

        for (var i = 0; i < 5; i++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("key", "k" + i));
        }

        counter.Add(1, new KeyValuePair<string, object?>("key", "k0"));
        var text = fixture.Exporter.Scrape();

        Assert.Contains("keys_total{key=\"k0\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("keys_total{key=\"k1\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("k2", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE btwc_metrics_dropped_measurements_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("btwc_metrics_dropped_measurements_total{metric=\"keys_total\"} 3\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentRecording_LosesNothing()
    {
        using var fixture = new ExporterFixture();
        var counter = fixture.Meter.CreateCounter<double>("adds_total");
        var histogram = fixture.Meter.CreateHistogram<double>("latency_seconds", "s");
        const int Threads = 8;
        const int PerThread = 20_000;

        var scrapes = 0;
        var writers = Enumerable.Range(0, Threads).Select(thread => Task.Run(() =>
        {
            var tag = new KeyValuePair<string, object?>("worker", thread % 2);
            for (var i = 0; i < PerThread; i++)
            {
                counter.Add(0.5, tag);
                histogram.Record(0.01, tag);
            }
        }, TestContext.Current.CancellationToken));
        var reader = Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                fixture.Exporter.Scrape();
                Interlocked.Increment(ref scrapes);
            }
        }, TestContext.Current.CancellationToken);
        await Task.WhenAll([.. writers, reader]);
        var text = fixture.Exporter.Scrape();

        var half = Threads / 2 * PerThread;
        Assert.Contains($"adds_total{{worker=\"0\"}} {half * 0.5}\n", text, StringComparison.Ordinal);
        Assert.Contains($"adds_total{{worker=\"1\"}} {half * 0.5}\n", text, StringComparison.Ordinal);
        Assert.Contains($"latency_seconds_count{{worker=\"0\"}} {half}\n", text, StringComparison.Ordinal);
        Assert.Contains($"latency_seconds_bucket{{worker=\"1\",le=\"0.01\"}} {half}\n", text, StringComparison.Ordinal);
        Assert.Equal(20, scrapes);
    }

    [Fact]
    public void SameNameOnTwoInstruments_SeriesAdded()
    {
        using var fixture = new ExporterFixture();
        using var secondMeter = new Meter(fixture.Meter.Name);
        var first = fixture.Meter.CreateCounter<long>("events_total");
        var second = secondMeter.CreateCounter<long>("events_total");

        first.Add(2, new KeyValuePair<string, object?>("kind", "Secret"));
        second.Add(3, new KeyValuePair<string, object?>("kind", "Secret"));
        second.Add(1, new KeyValuePair<string, object?>("kind", "Lease"));
        var text = fixture.Exporter.Scrape();

        Assert.Equal("# TYPE events_total counter\nevents_total{kind=\"Lease\"} 1\nevents_total{kind=\"Secret\"} 5\n", text);
    }

    [Fact]
    public void DisposedMeter_NoLongerExported()
    {
        using var fixture = new ExporterFixture();
        var shortLived = new Meter(fixture.Meter.Name);
        shortLived.CreateCounter<long>("gone_total").Add(1);
        fixture.Meter.CreateCounter<long>("kept_total").Add(1);

        var before = fixture.Exporter.Scrape();
        shortLived.Dispose();
        var after = fixture.Exporter.Scrape();

        Assert.Contains("gone_total 1", before, StringComparison.Ordinal);
        Assert.DoesNotContain("gone_total", after, StringComparison.Ordinal);
        Assert.Contains("kept_total 1", after, StringComparison.Ordinal);
    }

    [Fact]
    public void MeterScope_OtherScopesIgnored()
    {
        using var factory = new TestMeterFactory();
        using var other = new TestMeterFactory();
        var name = "Btwc.Tests." + Guid.NewGuid().ToString("N");
        var options = new PrometheusExporterOptions { MeterScope = factory };
        options.MeterNames.Clear();
        options.MeterNames.Add(name);
        using var exporter = new PrometheusExporter(options);

        factory.Create(new MeterOptions(name)).CreateCounter<long>("mine_total").Add(1);
        other.Create(new MeterOptions(name)).CreateCounter<long>("theirs_total").Add(1);
        var text = exporter.Scrape();

        Assert.Contains("mine_total 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("theirs_total", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MeterNames_UnlistedMeterIgnored()
    {
        using var fixture = new ExporterFixture();
        using var unlisted = new Meter("Btwc.Tests.Unlisted." + Guid.NewGuid().ToString("N"));

        unlisted.CreateCounter<long>("elsewhere_total").Add(1);
        var text = fixture.Exporter.Scrape();

        Assert.DoesNotContain("elsewhere_total", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "MaxLabelSetsPerInstrument '0'")]
    [InlineData(-3, "MaxLabelSetsPerInstrument '-3'")]
    public void Options_InvalidCap_Rejected(int cap, string expected)
    {
        var options = new PrometheusExporterOptions { MaxLabelSetsPerInstrument = cap };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_DescendingBuckets_Rejected()
    {
        var options = new PrometheusExporterOptions { HistogramBuckets = [1, 0.5] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("'0.5' at index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NoMeter_Rejected()
    {
        var options = new PrometheusExporterOptions();
        options.MeterNames.Clear();

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("MeterNames", error.Message, StringComparison.Ordinal);
    }
}
