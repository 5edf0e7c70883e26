namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>A <see cref="Random"/> whose <see cref="NextDouble"/> always returns one value, for exact jitter assertions.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
