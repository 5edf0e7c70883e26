using System.Globalization;
using System.Net;

namespace Btwc.Operator.Observability;

/// <summary>
/// The address an endpoint listens on, written as controller-runtime operators write it: <c>:8080</c> for every
/// interface, <c>127.0.0.1:8080</c> or <c>[::1]:8080</c> for one address, and <c>0</c> for off.
/// </summary>
/// <param name="Address">The IP address, or null for every interface (IPv4 and IPv6).</param>
/// <param name="Port">The TCP port; 0 picks a free port.</param>
public sealed record BindAddress(IPAddress? Address, int Port)
{
    /// <summary>The value that turns an endpoint off.</summary>
    public const string Off = "0";

    /// <summary>Parses a bind address flag value.</summary>
    /// <param name="value">The value, such as <c>:8080</c>, <c>127.0.0.1:8080</c> or <c>0</c>.</param>
    /// <param name="optionName">The flag name for the error message, such as <c>--metrics-bind-address</c>.</param>
    /// <returns>The address, or null when <paramref name="value"/> is <see cref="Off"/>.</returns>
    /// <exception cref="ArgumentException">The value is not of the form HOST:PORT; the message names the value and the fix.</exception>
    public static BindAddress? Parse(string value, string optionName)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == Off)
        {
            return null;
        }

        var colon = value.LastIndexOf(':');
        if (colon < 0)
        {
            throw Invalid(value, optionName, "the port is missing");
        }

        var host = value[..colon];
        var portText = value[(colon + 1)..];
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            throw Invalid(value, optionName, $"the port '{portText}' is not a number from 0 to {IPEndPoint.MaxPort}");
        }

        return new BindAddress(ParseHost(host, value, optionName), port);
    }

    /// <summary>Returns the address in flag form, such as <c>:8080</c> or <c>127.0.0.1:8080</c>.</summary>
    public override string ToString() => Address switch
    {
        null => ":" + Port.ToString(CultureInfo.InvariantCulture),
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } => $"[{Address}]:{Port.ToString(CultureInfo.InvariantCulture)}",
        _ => $"{Address}:{Port.ToString(CultureInfo.InvariantCulture)}",
    };

    private static IPAddress? ParseHost(string host, string value, string optionName)
    {
        if (host.Length == 0)
        {
            return null;
        }

        if (host == "localhost")
        {
            return IPAddress.Loopback;
        }

        var bracketed = host.StartsWith('[') && host.EndsWith(']');
        var literal = bracketed ? host[1..^1] : host;
        if (!IPAddress.TryParse(literal, out var address) || (!bracketed && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6))
        {
            throw Invalid(value, optionName, $"the host '{host}' is not an IPv4 address, a bracketed IPv6 address or localhost");
        }

        return address;
    }

    private static ArgumentException Invalid(string value, string optionName, string reason) =>
        new($"{optionName} '{value}' is invalid because {reason}. Use HOST:PORT such as ':8080' (every interface) or '127.0.0.1:8080', or '0' to turn the endpoint off.");
}
