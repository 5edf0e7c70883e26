using System.Diagnostics;

namespace Kube.Emulator.Tests.Support;

/// <summary>
/// Runs the real kubectl against an emulator with a kubeconfig, HOME and discovery cache of its own. When kubectl
/// is missing the calling test is skipped, unless BTWC_REQUIRE_KUBECTL=1 demands it, and then it fails.
/// </summary>
internal sealed class Kubectl : IDisposable
{
    private const string DefaultPath = "/usr/bin/kubectl";
    private readonly string _directory;
    private readonly string _kubeconfig;
    private readonly string _executable;

    private Kubectl(string executable, KubeEmulatorServer server)
    {
        _executable = executable;
        _directory = System.IO.Directory.CreateTempSubdirectory("kube-emulator-kubectl-").FullName;
        _kubeconfig = server.WriteKubeconfig(Path.Combine(_directory, "kubeconfig"));
    }

    public string WorkDirectory => _directory;

    public static Kubectl For(KubeEmulatorServer server)
    {
        string? executable = Find();
        if (executable is null)
        {
            const string Reason = "kubectl not found on PATH or at /usr/bin/kubectl";
            if (Environment.GetEnvironmentVariable("BTWC_REQUIRE_KUBECTL") == "1")
            {
                Assert.Fail(Reason + ", and BTWC_REQUIRE_KUBECTL=1 requires the kubectl tests to run.");
            }

            Assert.Skip(Reason + "; install kubectl v1.32 to run this test.");
        }

        return new Kubectl(executable, server);
    }

    /// <summary>Writes a file in this run's directory and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);

        return path;
    }

    /// <summary>Runs kubectl with a 10-second request timeout and returns its exit code and output.</summary>
    public async Task<KubectlResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--request-timeout=10s");
        start.Environment["KUBECONFIG"] = _kubeconfig;
        start.Environment["HOME"] = _directory;
        start.Environment["KUBECACHEDIR"] = Path.Combine(_directory, "cache");

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', args)} did not finish within 60 seconds.");
        }

        return new KubectlResult(process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private static string? Find()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, "kubectl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return File.Exists(DefaultPath) ? DefaultPath : null;
    }
}

/// <summary>The outcome of one kubectl run.</summary>
internal sealed record KubectlResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
