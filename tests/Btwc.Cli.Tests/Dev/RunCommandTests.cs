using System.Diagnostics;
using Btwc.Cli.Tests.EndToEnd;

namespace Btwc.Cli.Tests.Dev;

/// <summary><c>btwc run</c> as a real process against a kubeconfig, as it runs outside a cluster.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_WithKubeconfig_SyncsAnExternalSecret()
    {
        await using var stack = await OperatorStack.StartAsync(startOperator: false);
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "btwc.dll")}\" run --kubeconfig \"{stack.Stack.KubeconfigPath}\" --leader-elect false")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await stack.WaitForReadyAsync("es", timeout: TimeSpan.FromSeconds(40));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.NotNull(await stack.GetSecretAsync("target"));
        Assert.DoesNotContain(stack.Stack.Token, await output + await error, StringComparison.Ordinal);
    }
}
