using System.Diagnostics.Metrics;

namespace Btwc.Operator.Tests.Observability;

/// <summary>The text each instrument kind renders, compared in full.</summary>
public sealed class PrometheusExporterTests
{
    [Fact]
    public void Counter_WithoutTotalSuffix_GetsOne()
    {
        using var fixture = new ExporterFixture();
        var counter = fixture.Meter.CreateCounter<long>("requests", "{request}", "Requests served.");

        counter.Add(2, new KeyValuePair<string, object?>("code", "200"));
        counter.Add(1, new KeyValuePair<string, object?>("code", "500"));
        counter.Add(3, new KeyValuePair<string, object?>("code", "200"));
        var text = fixture.Exporter.Scrape();

        Assert.Equal(
            """
            # HELP requests_total Requests served.
            # TYPE requests_total counter
            requests_total{code="200"} 5
            requests_total{code="500"} 1

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Counter_AlreadyEndingInTotal_NotDoubled()
    {
        using var fixture = new ExporterFixture();
        var counter = fixture.Meter.CreateCounter<long>("btwc_generator_calls_total", description: "Generate calls.");

        counter.Add(1);
        var text = fixture.Exporter.Scrape();

        Assert.Equal("# HELP btwc_generator_calls_total Generate calls.\n# TYPE btwc_generator_calls_total counter\nbtwc_generator_calls_total 1\n", text);
        Assert.DoesNotContain("_total_total", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counter_Double_KeepsFraction()
    {
        using var fixture = new ExporterFixture();
        var counter = fixture.Meter.CreateCounter<double>("work.seconds");

        counter.Add(0.25);
        counter.Add(0.5);
        var text = fixture.Exporter.Scrape();

        Assert.Equal("# TYPE work_seconds_total counter\nwork_seconds_total 0.75\n", text);
    }

    [Fact]
    public void UpDownCounter_RendersSumAsGauge()
    {
        using var fixture = new ExporterFixture();
        var counter = fixture.Meter.CreateUpDownCounter<int>("in_flight", description: "Requests in flight.");

        counter.Add(3);
        counter.Add(-1);
        var text = fixture.Exporter.Scrape();

        Assert.Equal("# HELP in_flight Requests in flight.\n# TYPE in_flight gauge\nin_flight 2\n", text);
    }

    [Fact]
    public void Gauge_KeepsLastValue()
    {
        using var fixture = new ExporterFixture();
        var gauge = fixture.Meter.CreateGauge<double>("temperature");

        gauge.Record(20.5);
        gauge.Record(19);
        var text = fixture.Exporter.Scrape();

        Assert.Equal("# TYPE temperature gauge\ntemperature 19\n", text);
    }

    [Fact]
    public void ObservableInstruments_ReadOnEachScrape()
    {
        using var fixture = new ExporterFixture();
        var depth = 4;
        long handled = 10;
        var showSecondQueue = true;
        fixture.Meter.CreateObservableGauge("queue_depth", () => Observe(depth, showSecondQueue), "{key}", "Keys waiting.");
        fixture.Meter.CreateObservableCounter("handled", () => handled, description: "Keys handled.");
        fixture.Meter.CreateObservableUpDownCounter("open_watches", () => 2);

        var first = fixture.Exporter.Scrape();
        depth = 7;
        handled = 12;
        showSecondQueue = false;
        var second = fixture.Exporter.Scrape();

        Assert.Equal(
            "# HELP handled_total Keys handled.\n# TYPE handled_total counter\nhandled_total 10\n"
            + "# TYPE open_watches gauge\nopen_watches 2\n"
            + "# HELP queue_depth Keys waiting.\n# TYPE queue_depth gauge\nqueue_depth{name=\"a\"} 4\nqueue_depth{name=\"b\"} 1\n",
            first);
        Assert.Equal(
            "# HELP handled_total Keys handled.\n# TYPE handled_total counter\nhandled_total 12\n"
            + "# TYPE open_watches gauge\nopen_watches 2\n"
            + "# HELP queue_depth Keys waiting.\n# TYPE queue_depth gauge\nqueue_depth{name=\"a\"} 7\n",
            second);
    }

    [Fact]
    public void Histogram_BucketsAreCumulative()
    {
        using var fixture = new ExporterFixture(options => options.HistogramBuckets = [0.1, 1, 5]);
        var histogram = fixture.Meter.CreateHistogram<double>("call.duration", "s", "Call duration.");
        var tag = new KeyValuePair<string, object?>("op", "get");

        histogram.Record(0.05, tag);
        histogram.Record(0.1, tag);
        histogram.Record(0.7, tag);
        histogram.Record(9, tag);
        var text = fixture.Exporter.Scrape();

        Assert.Equal(
            """
            # HELP call_duration_seconds Call duration.
            # TYPE call_duration_seconds histogram
            call_duration_seconds_bucket{op="get",le="0.1"} 2
            call_duration_seconds_bucket{op="get",le="1"} 3
            call_duration_seconds_bucket{op="get",le="5"} 3
            call_duration_seconds_bucket{op="get",le="+Inf"} 4
            call_duration_seconds_sum{op="get"} 9.85
            call_duration_seconds_count{op="get"} 4

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Histogram_DefaultBuckets_FiveMillisecondsToOneMinute()
    {
        using var fixture = new ExporterFixture();
        var histogram = fixture.Meter.CreateHistogram<double>("wait_seconds", "s");

        histogram.Record(45);
        var buckets = fixture.Exporter.Scrape().Split('\n').Where(line => line.StartsWith("wait_seconds_bucket", StringComparison.Ordinal)).ToList();

        Assert.Equal(14, buckets.Count);
        Assert.Equal("wait_seconds_bucket{le=\"0.005\"} 0", buckets[0]);
        Assert.Equal("wait_seconds_bucket{le=\"30\"} 0", buckets[11]);
        Assert.Equal("wait_seconds_bucket{le=\"60\"} 1", buckets[12]);
        Assert.Equal("wait_seconds_bucket{le=\"+Inf\"} 1", buckets[13]);
    }

    [Fact]
    public void Labels_ValuesEscapedAndNamesSanitized()
    {
        using var fixture = new ExporterFixture();
        var counter = fixture.Meter.CreateCounter<long>("btwc.client.calls", description: "Line one\nline \\two \"quoted\".");

        counter.Add(
            1,
            new KeyValuePair<string, object?>("btwc.outcome", "a\\b\"c\nd"),
            new KeyValuePair<string, object?>("9lives", true),
            new KeyValuePair<string, object?>("count", 42));
        var text = fixture.Exporter.Scrape();

        Assert.Equal(
            "# HELP btwc_client_calls_total Line one\\nline \\\\two \"quoted\".\n"
            + "# TYPE btwc_client_calls_total counter\n"
            + "btwc_client_calls_total{_9lives=\"true\",btwc_outcome=\"a\\\\b\\\"c\\nd\",count=\"42\"} 1\n",
            text);
    }

    [Fact]
    public void Scrape_NothingRecorded_Empty()
    {
        using var fixture = new ExporterFixture();
        fixture.Meter.CreateCounter<long>("unused");

        var text = fixture.Exporter.Scrape();

        Assert.Equal(string.Empty, text);
    }

    private static IEnumerable<Measurement<int>> Observe(int depth, bool showSecondQueue)
    {
        yield return new Measurement<int>(depth, new KeyValuePair<string, object?>("name", "a"));
        if (showSecondQueue)
        {
            yield return new Measurement<int>(1, new KeyValuePair<string, object?>("name", "b"));
        }
    }
}
