using System.Text;

namespace Btwc.Operator.Observability.Internal;

/// <summary>Renders a measurement's tags as the Prometheus label text that keys a series.</summary>
internal static class LabelSet
{
    /// <summary>
    /// Returns <c>a="1",b="2"</c>: labels sorted by name, values escaped, without braces; empty for no tags.
    /// When two tags sanitize to the same label name, the first tag wins.
    /// </summary>
    public static string Render(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return string.Empty;
        }

        var labels = new (string Name, string Value)[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            labels[i] = (PrometheusNames.LabelName(tags[i].Key), PrometheusText.FormatTagValue(tags[i].Value));
        }

        SortByNameStable(labels);

        var builder = new StringBuilder();
        string? previousName = null;
        foreach (var (name, value) in labels)
        {
            if (name == previousName)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(name).Append("=\"");
            PrometheusText.AppendLabelValue(builder, value);
            builder.Append('"');
            previousName = name;
        }

        return builder.ToString();
    }

    /// <summary>Insertion sort: stable, so the first of two equal names stays first, and fast for a handful of tags.</summary>
    private static void SortByNameStable((string Name, string Value)[] labels)
    {
        for (var i = 1; i < labels.Length; i++)
        {
            var current = labels[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(labels[j].Name, current.Name) > 0)
            {
                labels[j + 1] = labels[j];
                j--;
            }

            labels[j + 1] = current;
        }
    }
}
