using System.Diagnostics;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>Runs the real kubectl against a kubeconfig. Tests skip without kubectl unless BTWC_REQUIRE_KUBECTL=1.</summary>
internal sealed class Kubectl
{
    private readonly string _kubeconfig;
    private readonly string _home;

    private Kubectl(string path, string kubeconfig)
    {
        Path = path;
        _kubeconfig = kubeconfig;
        _home = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "btwc-kubectl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_home);
    }

    public string Path { get; }

    /// <summary>Finds kubectl on PATH, or skips the test (fails it when BTWC_REQUIRE_KUBECTL=1).</summary>
    public static Kubectl Require(string kubeconfig)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory, "kubectl"))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            if (Environment.GetEnvironmentVariable("BTWC_REQUIRE_KUBECTL") == "1")
            {
                Assert.Fail("kubectl is not on PATH, and BTWC_REQUIRE_KUBECTL=1 requires the kubectl tests to run.");
            }

            Assert.Skip("kubectl is not on PATH; install kubectl to run the kubectl end-to-end tests.");
        }

        return new Kubectl(path!, kubeconfig);
    }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string arguments, string? input = null)
    {
        var start = new ProcessStartInfo(Path, arguments + " --request-timeout=20s")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        start.Environment["KUBECONFIG"] = _kubeconfig;
        start.Environment["HOME"] = _home;
        start.Environment["KUBECACHEDIR"] = System.IO.Path.Combine(_home, "cache");
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        return (process.ExitCode, await output, await error);
    }

    public async Task<string> RunOkAsync(string arguments, string? input = null)
    {
        var (exitCode, output, error) = await RunAsync(arguments, input);
        Assert.True(exitCode == 0, $"kubectl {arguments} exited with {exitCode}: {error}{output}");

        return output;
    }
}
