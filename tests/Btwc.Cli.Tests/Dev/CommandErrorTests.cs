using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Btwc.Cli.Commands;
using Btwc.Cli.Tests.EndToEnd;

namespace Btwc.Cli.Tests.Dev;

/// <summary>Errors a user can fix end in one line naming the value and the fix, not a stack trace.</summary>
public sealed class CommandErrorTests
{
    [Fact]
    public void PortInUse_SuggestsAnotherPort()
    {
        var exception = new IOException("Failed to bind to address https://127.0.0.1:9443: address already in use.", new SocketException((int)SocketError.AddressAlreadyInUse));

        var message = CommandErrors.Describe(exception);

        Assert.NotNull(message);
        Assert.Contains("127.0.0.1:9443", message, StringComparison.Ordinal);
        Assert.Contains("--simulator-port", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedError_KeepsItsStackTrace()
    {
        Assert.Null(CommandErrors.Describe(new InvalidOperationException("bug")));
    }

    [Theory]
    [InlineData("run --kubeconfig /nonexistent/kubeconfig", "/nonexistent/kubeconfig")]
    [InlineData("run --kubeconfig /nonexistent/kubeconfig --workers 0", "Workers '0'")]
    public async Task Run_WithBadArguments_PrintsOneLine(string arguments, string expected)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "btwc.dll")}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("btwc: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_SimulatorPortBusy_PrintsOneLine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var state = Path.Combine(Path.GetTempPath(), "btwc-busy-port-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "btwc.dll")}\" dev --once --simulator-port {port} --state-dir \"{state}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = OperatorStack.RepositoryRoot(),
        };

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("btwc: ", error, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", error + output, StringComparison.Ordinal);
    }
}
