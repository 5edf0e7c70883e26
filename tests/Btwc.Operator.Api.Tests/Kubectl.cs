using System.Diagnostics;

namespace Btwc.Operator.Api.Tests;

/// <summary>Runs the real <c>kubectl</c> against a kubeconfig.</summary>
internal sealed class Kubectl(string kubeconfigPath)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string arguments, string? input = null)
    {
        var startInfo = new ProcessStartInfo("kubectl", $"--kubeconfig {kubeconfigPath} {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);

        return (process.ExitCode, await output, await error);
    }

    public async Task<string> RunOkAsync(string arguments, string? input = null)
    {
        var (exitCode, output, error) = await RunAsync(arguments, input);
        Assert.True(exitCode == 0, $"kubectl {arguments} failed with exit code {exitCode}: {error}");

        return output;
    }
}
