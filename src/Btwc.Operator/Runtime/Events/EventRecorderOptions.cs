namespace Btwc.Operator.Runtime.Events;

/// <summary>Settings of <see cref="EventRecorder"/>.</summary>
public sealed class EventRecorderOptions
{
    /// <summary>The component named in <c>source.component</c> and <c>reportingComponent</c>. Default: <c>btwc-operator</c>.</summary>
    public string Component { get; set; } = "btwc-operator";

    /// <summary>The replica named in <c>source.host</c> and <c>reportingInstance</c>. Default: the host name.</summary>
    public string Host { get; set; } = Environment.MachineName;

    /// <summary>
    /// How long after its last occurrence an identical event (same object, type, reason and message) raises the
    /// existing Event's count instead of creating a new Event. Default: 10 minutes, as client-go's event correlator.
    /// </summary>
    public TimeSpan AggregationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The number of events one object may record in a burst. Default: 25, as client-go's spam filter.</summary>
    public int PerObjectBurst { get; set; } = 25;

    /// <summary>The time in which one more event becomes available to an object. Default: 5 minutes, as client-go's spam filter.</summary>
    public TimeSpan PerObjectRefillInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The number of distinct events and objects remembered for aggregation and rate limiting. Default: 4096.</summary>
    public int MaxTrackedEntries { get; set; } = 4096;

    /// <summary>Checks the settings and throws a message naming the invalid value and the rule.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Component))
        {
            throw new ArgumentException("EventRecorderOptions.Component is empty; set it to the operator's name.", nameof(Component));
        }

        if (AggregationWindow < TimeSpan.Zero || PerObjectBurst < 1 || PerObjectRefillInterval <= TimeSpan.Zero || MaxTrackedEntries < 1)
        {
            throw new ArgumentException(
                $"EventRecorderOptions out of range: AggregationWindow '{AggregationWindow}' must be 0 or more, PerObjectBurst '{PerObjectBurst}' at least 1, " +
                $"PerObjectRefillInterval '{PerObjectRefillInterval}' positive, MaxTrackedEntries '{MaxTrackedEntries}' at least 1.");
        }
    }
}
