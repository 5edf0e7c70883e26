using System.Diagnostics.Metrics;

namespace Btwc.Operator;

/// <summary>
/// The reconciler's counters, on the meter <c>Btwc.Operator</c>. Tags carry namespaces, reasons and outcomes,
/// never a credential value.
/// </summary>
public sealed class OperatorMetrics : IDisposable
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Btwc.Operator";

    private readonly Meter _meter;

    /// <summary>Initializes a new instance on a meter from <paramref name="meterFactory"/>, or a private meter when null.</summary>
    /// <param name="meterFactory">The meter factory of the host, if any.</param>
    public OperatorMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        SyncCalls = _meter.CreateCounter<long>("btwc_externalsecret_sync_calls_total", description: "ExternalSecret reconcile calls.");
        SyncErrors = _meter.CreateCounter<long>("btwc_externalsecret_sync_errors_total", description: "ExternalSecret reconciles that ended in an error, by reason.");
        Generations = _meter.CreateCounter<long>("btwc_generator_calls_total", description: "Generate calls made to BeyondTrust, by outcome.");
        Refreshes = _meter.CreateCounter<long>("btwc_credential_refreshes_total", description: "Credentials written to a target Secret and recorded in status.");
        ReusedCredentials = _meter.CreateCounter<long>("btwc_credential_reuses_total", description: "Minted credentials written on a retry instead of minting another.");
    }

    /// <summary>Gets the counter of reconcile calls.</summary>
    public Counter<long> SyncCalls { get; }

    /// <summary>Gets the counter of failed reconciles, tagged with <c>reason</c>.</summary>
    public Counter<long> SyncErrors { get; }

    /// <summary>Gets the counter of generate calls, tagged with <c>outcome</c>.</summary>
    public Counter<long> Generations { get; }

    /// <summary>Gets the counter of recorded credential refreshes.</summary>
    public Counter<long> Refreshes { get; }

    /// <summary>Gets the counter of minted credentials reused on a retry.</summary>
    public Counter<long> ReusedCredentials { get; }

    /// <summary>
    /// Publishes gauges of credential freshness, read from <paramref name="freshness"/> at each collection:
    /// <c>btwc_credentials_expired</c> and <c>btwc_credential_earliest_expiry_seconds</c>.
    /// </summary>
    /// <param name="freshness">Summarizes the recorded credentials; called once per gauge and collection.</param>
    public void ObserveFreshness(Func<Hosting.FleetFreshness> freshness)
    {
        ArgumentNullException.ThrowIfNull(freshness);
        _meter.CreateObservableGauge(
            "btwc_credentials_expired",
            () => (long)freshness().Expired,
            description: "ExternalSecrets whose recorded credential has expired. Any value above 0 means a workload may be using an expired credential.");
        _meter.CreateObservableGauge(
            "btwc_credential_earliest_expiry_seconds",
            () => freshness().EarliestRemaining is { } remaining ? [new Measurement<double>(remaining.TotalSeconds)] : Array.Empty<Measurement<double>>(),
            unit: "s",
            description: "Seconds until the earliest recorded credential expiration, negative once it has passed; absent while no expiration is recorded.");
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
