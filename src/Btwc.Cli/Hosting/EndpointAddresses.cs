using Btwc.Operator.Observability;

namespace Btwc.Cli.Hosting;

/// <summary>The parsed <c>--metrics-bind-address</c> and <c>--health-probe-bind-address</c> values; null is off.</summary>
internal sealed record EndpointAddresses(BindAddress? Metrics, BindAddress? HealthProbes)
{
    public const string MetricsOption = "--metrics-bind-address";
    public const string HealthProbesOption = "--health-probe-bind-address";

    /// <summary>Parses both values and rejects two endpoints on one port, which would fail to bind.</summary>
    /// <exception cref="ArgumentException">A value is invalid, or both share a port; the message names the values and the fix.</exception>
    public static EndpointAddresses Parse(string metrics, string healthProbes)
    {
        var addresses = new EndpointAddresses(BindAddress.Parse(metrics, MetricsOption), BindAddress.Parse(healthProbes, HealthProbesOption));
        if (addresses is { Metrics: { } first, HealthProbes: { } second } && first.Port == second.Port && first.Port != 0
            && (first.Address is null || second.Address is null || first.Address.Equals(second.Address)))
        {
            throw new ArgumentException(
                $"{MetricsOption} '{metrics}' and {HealthProbesOption} '{healthProbes}' use the same port; give each endpoint its own port, such as ':8080' and ':8081'.");
        }

        return addresses;
    }
}
