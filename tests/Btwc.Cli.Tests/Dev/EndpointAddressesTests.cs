using System.Net;
using Btwc.Cli.Hosting;

namespace Btwc.Cli.Tests.Dev;

public sealed class EndpointAddressesTests
{
    [Fact]
    public void Parse_Defaults_BothOff()
    {
        var addresses = EndpointAddresses.Parse("0", "0");

        Assert.Null(addresses.Metrics);
        Assert.Null(addresses.HealthProbes);
    }

    [Theory]
    [InlineData(":8080", ":8081")]
    [InlineData("127.0.0.1:8080", "127.0.0.2:8080")]
    [InlineData("127.0.0.1:0", "127.0.0.1:0")]
    [InlineData(":8080", "0")]
    public void Parse_DistinctPorts_Accepted(string metrics, string healthProbes)
    {
        var addresses = EndpointAddresses.Parse(metrics, healthProbes);

        Assert.Equal(metrics, addresses.Metrics!.ToString());
        Assert.Equal(healthProbes == "0" ? null : healthProbes, addresses.HealthProbes?.ToString());
    }

    [Theory]
    [InlineData(":8080", ":8080")]
    [InlineData(":8080", "127.0.0.1:8080")]
    [InlineData("127.0.0.1:9090", "127.0.0.1:9090")]
    public void Parse_SharedPort_Rejected(string metrics, string healthProbes)
    {
        var error = Assert.Throws<ArgumentException>(() => EndpointAddresses.Parse(metrics, healthProbes));

        Assert.Equal(
            $"--metrics-bind-address '{metrics}' and --health-probe-bind-address '{healthProbes}' use the same port; give each endpoint its own port, such as ':8080' and ':8081'.",
            error.Message);
    }

    [Fact]
    public void Parse_Localhost_IsLoopback()
    {
        var addresses = EndpointAddresses.Parse("localhost:8080", "0");

        Assert.Equal(IPAddress.Loopback, addresses.Metrics!.Address);
    }
}
