using System.Diagnostics;
using Btwc.Cli.Dev;
using Btwc.Cli.Tests.EndToEnd;
using Btwc.Operator.Hosting;

namespace Btwc.Cli.Tests.Dev;

/// <summary>The README's first command, <c>btwc dev --once</c>, in process and as a real process.</summary>
public sealed class DevSessionTests
{
    [Fact]
    public async Task Once_PrintsStatusAndMaskedKeysAndSucceeds()
    {
        var output = new StringWriter();
        var state = Path.Combine(Path.GetTempPath(), "btwc-dev-" + Guid.NewGuid().ToString("N"));
        var session = new DevSession(
            new DevSessionOptions
            {
                Once = true,
                ExamplesDirectory = Path.Combine(OperatorStack.RepositoryRoot(), "examples", "complete"),
                Stack = new DevStackOptions { SimulatorPort = 0, StateDirectory = state },
                Operator = new OperatorOptions(),
            },
            output);

        var exitCode = await session.RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Created namespace external-secrets with Secret api-token", text, StringComparison.Ordinal);
        Assert.Contains("Ready:            True (SecretSynced: secret synced)", text, StringComparison.Ordinal);
        Assert.Contains("accessKeyId      ********", text, StringComparison.Ordinal);
        Assert.Contains("sessionToken     ********", text, StringComparison.Ordinal);
        Assert.Matches("leaseId +[0-9a-f-]{36}", text);
        Assert.DoesNotContain("export KUBECONFIG=", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(state, "kubeconfig")));
    }

    [Fact]
    public async Task Once_AsAProcess_ExitsZero()
    {
        var state = Path.Combine(Path.GetTempPath(), "btwc-dev-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "btwc.dll")}\" dev --once --simulator-port 0 --state-dir \"{state}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = OperatorStack.RepositoryRoot(),
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"btwc dev --once exited with {process.ExitCode}: {await output}{await error}");
        Assert.Contains("SecretSynced", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_WithoutExamples_FailsWithTheReason()
    {
        var output = new StringWriter();
        var session = new DevSession(new DevSessionOptions { Once = true, ExamplesDirectory = "/nonexistent/examples" }, output);

        var exitCode = await session.RunAsync(CancellationToken.None);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("\"/nonexistent/examples\" was not found", output.ToString(), StringComparison.Ordinal);
    }
}
