using Btwc.Operator.Decisions.Jitter;

namespace Btwc.Operator.Tests.Decisions.Jitter;

/// <summary>A jitter source that returns pinned values, and records the keys it was asked for.</summary>
internal sealed class FixedJitterSource(double next = 0.5, double keyed = 0.5) : IJitterSource
{
    public double Next { get; set; } = next;

    public double Keyed { get; set; } = keyed;

    public List<string> Keys { get; } = [];

    public double NextUnit() => Next;

    public double UnitFor(string key)
    {
        Keys.Add(key);

        return Keyed;
    }
}
