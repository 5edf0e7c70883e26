namespace Btwc.Operator.Runtime.Informers;

/// <summary>Settings of an <see cref="Informer{T}"/>: what it watches and how it reconnects.</summary>
public sealed class InformerOptions
{
    /// <summary>The namespace to watch, or null (the default) for all namespaces.</summary>
    public string? Namespace { get; set; }

    /// <summary>
    /// A label selector that limits the watched and cached objects, or null (the default) for every object.
    /// The Secret informer sets <c>reconcile.external-secrets.io/managed=true</c>, so memory grows with the
    /// Secrets the operator manages and not with every Secret in the cluster.
    /// </summary>
    public string? LabelSelector { get; set; }

    /// <summary>The first delay before reconnecting after a failed list or watch. Default: 1 second.</summary>
    public TimeSpan InitialReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The maximum delay between reconnect attempts, jitter included. Default: 30 seconds.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The fraction of a reconnect delay added at random, from 0 to 1. Default: 0.5.</summary>
    public double ReconnectJitter { get; set; } = 0.5;

    /// <summary>
    /// How long the server keeps one watch open. Each watch requests this plus up to the same again at random,
    /// so a fleet of watches does not reconnect at once. Default: 5 minutes, as client-go's reflector.
    /// </summary>
    public TimeSpan WatchTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Checks the settings and throws a message naming the invalid value and the rule.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (InitialReconnectDelay <= TimeSpan.Zero)
        {
            throw new ArgumentException($"InformerOptions.InitialReconnectDelay '{InitialReconnectDelay}' must be positive.", nameof(InitialReconnectDelay));
        }

        if (MaxReconnectDelay < InitialReconnectDelay)
        {
            throw new ArgumentException($"InformerOptions.MaxReconnectDelay '{MaxReconnectDelay}' must be at least InitialReconnectDelay '{InitialReconnectDelay}'.", nameof(MaxReconnectDelay));
        }

        if (ReconnectJitter is < 0 or > 1 || double.IsNaN(ReconnectJitter))
        {
            throw new ArgumentException($"InformerOptions.ReconnectJitter '{ReconnectJitter}' must be between 0 and 1.", nameof(ReconnectJitter));
        }

        if (WatchTimeout < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"InformerOptions.WatchTimeout '{WatchTimeout}' must be at least 1 second.", nameof(WatchTimeout));
        }
    }
}
