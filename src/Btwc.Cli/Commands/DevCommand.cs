using System.CommandLine;
using Btwc.Cli.Dev;
using Btwc.Operator.Hosting;
using Microsoft.Extensions.Logging;

namespace Btwc.Cli.Commands;

/// <summary>The <c>btwc dev</c> command: the whole product on 127.0.0.1 with the product document's complete example.</summary>
internal static class DevCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Exit after the first sync: status 0 when the Secret was written, non-zero with the reason otherwise." };
        var examples = new Option<string?>("--examples") { Description = "The folder of manifests to apply. Default: examples/complete, searched upward from the current folder." };
        var stateDirectory = new Option<string>("--state-dir") { Description = "The folder for the kubeconfig and the simulator's CA file.", DefaultValueFactory = _ => ".dev" };
        var simulatorPort = new Option<int>("--simulator-port") { Description = "The simulator's port on 127.0.0.1; the examples name 9443. 0 picks a free port.", DefaultValueFactory = _ => 9443 };
        var kubePort = new Option<int>("--kube-port") { Description = "The Kubernetes emulator's port on 127.0.0.1. 0 picks a free port.", DefaultValueFactory = _ => 0 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the first sync before giving up.", DefaultValueFactory = _ => 60 };
        var verbose = new Option<bool>("--verbose") { Description = "Log the operator's information messages, not only warnings and errors." };

        var command = new Command("dev", "Run the Kubernetes emulator, the BeyondTrust simulator and the operator on 127.0.0.1, apply the complete example, and keep refreshing until Ctrl-C.")
        {
            once, examples, stateDirectory, simulatorPort, kubePort, timeout, verbose,
        };
        command.SetAction((parseResult, cancellationToken) => new DevSession(new DevSessionOptions
        {
            Once = parseResult.GetValue(once),
            ExamplesDirectory = parseResult.GetValue(examples),
            Stack = new DevStackOptions
            {
                StateDirectory = parseResult.GetValue(stateDirectory)!,
                SimulatorPort = parseResult.GetValue(simulatorPort),
                KubePort = parseResult.GetValue(kubePort),
            },
            Timeout = TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
            LogLevel = parseResult.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning,
            Operator = new OperatorOptions(),
        }, Console.Out).RunAsync(cancellationToken));

        return command;
    }
}
