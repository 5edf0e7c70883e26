using System.Net;
using Btwc.Operator.Observability;

namespace Btwc.Operator.Tests.Observability;

public sealed class BindAddressTests
{
    [Fact]
    public void Parse_Zero_IsOff()
    {
        var address = BindAddress.Parse("0", "--metrics-bind-address");

        Assert.Null(address);
    }

    [Theory]
    [InlineData(":8080", null, 8080, ":8080")]
    [InlineData("127.0.0.1:9090", "127.0.0.1", 9090, "127.0.0.1:9090")]
    [InlineData("0.0.0.0:8081", "0.0.0.0", 8081, "0.0.0.0:8081")]
    [InlineData("[::1]:8080", "::1", 8080, "[::1]:8080")]
    [InlineData("localhost:0", "127.0.0.1", 0, "127.0.0.1:0")]
    public void Parse_HostAndPort_Accepted(string value, string? expectedAddress, int expectedPort, string expectedText)
    {
        var address = BindAddress.Parse(value, "--metrics-bind-address");

        Assert.NotNull(address);
        Assert.Equal(expectedAddress is null ? null : IPAddress.Parse(expectedAddress), address.Address);
        Assert.Equal(expectedPort, address.Port);
        Assert.Equal(expectedText, address.ToString());
    }

    [Theory]
    [InlineData("8080", "the port is missing")]
    [InlineData(":http", "the port 'http' is not a number from 0 to 65535")]
    [InlineData(":70000", "the port '70000' is not a number from 0 to 65535")]
    [InlineData(":-1", "the port '-1' is not a number")]
    [InlineData("", "the port is missing")]
    [InlineData("example.com:8080", "the host 'example.com' is not an IPv4 address")]
    [InlineData("::1:8080", "the host '::1' is not an IPv4 address")]
    public void Parse_Invalid_NamesValueAndFix(string value, string expectedReason)
    {
        var error = Assert.Throws<ArgumentException>(() => BindAddress.Parse(value, "--health-probe-bind-address"));

        Assert.StartsWith($"--health-probe-bind-address '{value}' is invalid because {expectedReason}", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("or '0' to turn the endpoint off.", error.Message, StringComparison.Ordinal);
    }
}
