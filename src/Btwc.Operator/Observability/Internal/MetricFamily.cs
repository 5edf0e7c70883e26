using System.Collections.Immutable;

namespace Btwc.Operator.Observability.Internal;

/// <summary>
/// All instruments exported under one metric name. Several instruments can share a name, such as one
/// observable gauge per work queue; their series with equal labels are added together on a scrape.
/// </summary>
internal sealed class MetricFamily(string name, MetricType type, string? help)
{
    private ImmutableArray<InstrumentBinding> _bindings = [];

    public string Name { get; } = name;

    public MetricType Type { get; } = type;

    public string? Help { get; } = help;

    /// <summary>Gets the current instruments; the array is replaced, never changed, so a reader needs no lock.</summary>
    public ImmutableArray<InstrumentBinding> Bindings => _bindings;

    public bool IsEmpty => Bindings.IsEmpty;

    public void Add(InstrumentBinding binding) => ImmutableInterlocked.Update(ref _bindings, static (list, item) => list.Add(item), binding);

    public void Remove(InstrumentBinding binding) => ImmutableInterlocked.Update(ref _bindings, static (list, item) => list.Remove(item), binding);
}
