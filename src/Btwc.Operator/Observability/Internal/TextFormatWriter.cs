using System.Text;

namespace Btwc.Operator.Observability.Internal;

/// <summary>Writes metric families in the Prometheus text exposition format, version 0.0.4.</summary>
internal static class TextFormatWriter
{
    /// <summary>Writes one family: HELP, TYPE and its samples, series in label order. Writes nothing for a family without series.</summary>
    public static void Write(StringBuilder output, MetricFamily family, double[] bounds)
    {
        if (family.Type == MetricType.Histogram)
        {
            WriteHistogram(output, family, bounds);
        }
        else
        {
            WriteValues(output, family);
        }
    }

    /// <summary>Writes the HELP and TYPE lines; HELP only when the instrument has a description.</summary>
    public static void WriteHeader(StringBuilder output, string name, MetricType type, string? help)
    {
        if (!string.IsNullOrEmpty(help))
        {
            output.Append("# HELP ").Append(name).Append(' ').Append(PrometheusText.EscapeHelp(help)).Append('\n');
        }

        var typeName = type switch
        {
            MetricType.Counter => "counter",
            MetricType.Gauge => "gauge",
            _ => "histogram",
        };
        output.Append("# TYPE ").Append(name).Append(' ').Append(typeName).Append('\n');
    }

    /// <summary>Writes one sample line: <c>name{labels} value</c>, without braces when there are no labels.</summary>
    public static void WriteSample(StringBuilder output, string name, string labels, string value)
    {
        output.Append(name);
        if (labels.Length > 0)
        {
            output.Append('{').Append(labels).Append('}');
        }

        output.Append(' ').Append(value).Append('\n');
    }

    private static void WriteValues(StringBuilder output, MetricFamily family)
    {
        var merged = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var binding in family.Bindings)
        {
            foreach (var (labels, series) in binding.Values)
            {
                merged[labels] = merged.GetValueOrDefault(labels) + series.Value;
            }
        }

        if (merged.Count == 0)
        {
            return;
        }

        WriteHeader(output, family.Name, family.Type, family.Help);
        foreach (var (labels, value) in merged)
        {
            WriteSample(output, family.Name, labels, PrometheusText.FormatValue(value));
        }
    }

    private static void WriteHistogram(StringBuilder output, MetricFamily family, double[] bounds)
    {
        var merged = new SortedDictionary<string, HistogramTotals>(StringComparer.Ordinal);
        foreach (var binding in family.Bindings)
        {
            foreach (var (labels, series) in binding.Histograms)
            {
                if (!merged.TryGetValue(labels, out var total))
                {
                    total = new HistogramTotals(bounds.Length + 1);
                    merged[labels] = total;
                }

                series.AddTo(total);
            }
        }

        if (merged.Count == 0)
        {
            return;
        }

        WriteHeader(output, family.Name, family.Type, family.Help);
        foreach (var (labels, total) in merged)
        {
            var separator = labels.Length > 0 ? "," : string.Empty;
            long cumulative = 0;
            for (var i = 0; i < total.BucketCounts.Length; i++)
            {
                cumulative += total.BucketCounts[i];
                var bound = i < bounds.Length ? PrometheusText.FormatValue(bounds[i]) : "+Inf";
                WriteSample(output, family.Name + "_bucket", $"{labels}{separator}le=\"{bound}\"", cumulative.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            WriteSample(output, family.Name + "_sum", labels, PrometheusText.FormatValue(total.Sum));
            WriteSample(output, family.Name + "_count", labels, total.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
