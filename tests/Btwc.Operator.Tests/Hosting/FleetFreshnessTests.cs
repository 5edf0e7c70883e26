using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Hosting;
using Btwc.Operator.Tests.Runtime.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Btwc.Operator.Tests.Hosting;

public sealed class FleetFreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Summarize_MixedFleet_CountsExpiredAndEarliest()
    {
        ExternalSecret[] fleet = [WithExpiration(Now.AddMinutes(20)), WithExpiration(Now.AddSeconds(-30)), WithExpiration(Now), new ExternalSecret(), WithExpiration(Now.AddHours(1))];

        var freshness = FleetFreshness.Summarize(fleet, Now);

        Assert.Equal(4, freshness.WithExpiration);
        Assert.Equal(2, freshness.Expired);
        Assert.Equal(TimeSpan.FromSeconds(-30), freshness.EarliestRemaining);
    }

    [Fact]
    public void Summarize_NoLease_NoEarliest()
    {
        var freshness = FleetFreshness.Summarize([new ExternalSecret()], Now);

        Assert.Equal(0, freshness.Expired);
        Assert.Null(freshness.EarliestRemaining);
    }

    [Fact]
    public void ObserveFreshness_Collected_GaugesReadTheSummary()
    {
        using var meterFactory = new TestMeterFactory();
        using var metrics = new OperatorMetrics(meterFactory);
        using var expired = new MetricCollector<long>(meterFactory, OperatorMetrics.MeterName, "btwc_credentials_expired");
        using var earliest = new MetricCollector<double>(meterFactory, OperatorMetrics.MeterName, "btwc_credential_earliest_expiry_seconds");
        ExternalSecret[] fleet = [WithExpiration(Now.AddMinutes(-1)), WithExpiration(Now.AddMinutes(10))];
        metrics.ObserveFreshness(() => FleetFreshness.Summarize(fleet, Now));

        expired.RecordObservableInstruments();
        earliest.RecordObservableInstruments();

        Assert.Equal(1, expired.LastMeasurement!.Value);
        Assert.Equal(-60, earliest.LastMeasurement!.Value);
    }

    private static ExternalSecret WithExpiration(DateTimeOffset expiration) => new()
    {
        Status = new ExternalSecretStatus { Lease = new CredentialLease { Id = "lease", Expiration = expiration.UtcDateTime } },
    };
}
