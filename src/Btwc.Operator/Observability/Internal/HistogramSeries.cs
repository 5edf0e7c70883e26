namespace Btwc.Operator.Observability.Internal;

/// <summary>The bucket counts, sum and count of one histogram series.</summary>
internal sealed class HistogramSeries
{
    private readonly Lock _lock = new();
    private readonly double[] _bounds;
    private readonly long[] _bucketCounts;
    private double _sum;
    private long _count;

    /// <param name="bounds">The upper bounds in ascending order; the last bucket, <c>+Inf</c>, is implied.</param>
    public HistogramSeries(double[] bounds)
    {
        _bounds = bounds;
        _bucketCounts = new long[bounds.Length + 1];
    }

    /// <summary>Counts <paramref name="value"/> in the first bucket whose upper bound is at least the value.</summary>
    public void Record(double value)
    {
        var index = Array.BinarySearch(_bounds, value);
        if (index < 0)
        {
            index = ~index;
        }

        lock (_lock)
        {
            _bucketCounts[index]++;
            _sum += value;
            _count++;
        }
    }

    /// <summary>Adds this series into <paramref name="total"/>, whose buckets are per bucket, not yet cumulative.</summary>
    public void AddTo(HistogramTotals total)
    {
        lock (_lock)
        {
            for (var i = 0; i < _bucketCounts.Length; i++)
            {
                total.BucketCounts[i] += _bucketCounts[i];
            }

            total.Sum += _sum;
            total.Count += _count;
        }
    }
}
