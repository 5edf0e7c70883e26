namespace Btwc.Operator.Observability.Internal;

/// <summary>A histogram series merged across instruments for one scrape; bucket counts are per bucket.</summary>
internal sealed class HistogramTotals(int bucketCount)
{
    public long[] BucketCounts { get; } = new long[bucketCount];

    public double Sum { get; set; }

    public long Count { get; set; }
}
