using System.Runtime.InteropServices;
using Kube.Emulator;
using Kube.Emulator.Hosting.Internal;

// Runs the emulator until Ctrl+C: dotnet run --project src/Kube.Emulator -- [--port N] [--kubeconfig PATH] [--token T]
EmulatorCommandLine? commandLine = EmulatorCommandLine.Parse(args, Console.Error);
if (commandLine is null)
{
    return 2;
}

await using KubeEmulatorServer server = await KubeEmulatorServer.StartAsync(commandLine.Options).ConfigureAwait(false);
string kubeconfig = server.WriteKubeconfig(commandLine.KubeconfigPath);
Console.WriteLine($"Kubernetes emulator listening on {server.BaseUrl} (a test double, not a production API server).");
Console.WriteLine($"export KUBECONFIG={kubeconfig}");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

try
{
    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Kubernetes emulator stopped.");
}

return 0;
