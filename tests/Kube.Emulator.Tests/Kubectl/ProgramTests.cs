using System.Diagnostics;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Kubectl;

public sealed class ProgramTests
{
    [Fact]
    public async Task Program_WritesKubeconfigThatKubectlUses()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        using var kubectl = Support.Kubectl.For(host.Server);
        string kubeconfig = Path.Combine(kubectl.WorkDirectory, "program.kubeconfig");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kube.Emulator.dll"));
        start.ArgumentList.Add("--kubeconfig");
        start.ArgumentList.Add(kubeconfig);

        using Process program = Process.Start(start)!;
        try
        {
            string? exportLine = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (exportLine is null && await program.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                exportLine = line.StartsWith("export KUBECONFIG=", StringComparison.Ordinal) ? line : null;
            }

            KubectlResult namespaces = await kubectl.RunAsync("--kubeconfig", kubeconfig, "get", "namespaces");

            Assert.Equal($"export KUBECONFIG={kubeconfig}", exportLine);
            Assert.True(namespaces.ExitCode == 0, namespaces.ToString());
            Assert.Matches(@"default\s+Active", namespaces.Output);
        }
        finally
        {
            program.Kill(entireProcessTree: true);
            await program.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }
}
