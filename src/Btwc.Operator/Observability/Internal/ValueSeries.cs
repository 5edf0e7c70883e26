namespace Btwc.Operator.Observability.Internal;

/// <summary>One counter or gauge value, updated without locks.</summary>
internal sealed class ValueSeries
{
    private double _value;

    public double Value => Volatile.Read(ref _value);

    public void Add(double increment)
    {
        var current = Volatile.Read(ref _value);
        while (true)
        {
            var seen = Interlocked.CompareExchange(ref _value, current + increment, current);
            if (seen.Equals(current))
            {
                return;
            }

            current = seen;
        }
    }

    public void Set(double value) => Volatile.Write(ref _value, value);
}
