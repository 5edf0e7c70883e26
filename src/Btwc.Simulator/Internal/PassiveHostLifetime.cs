using Microsoft.Extensions.Hosting;

namespace Btwc.Simulator.Internal;

/// <summary>
/// A host lifetime that ignores console signals, so the simulator stops only when it is disposed. The default
/// lifetime would catch Ctrl-C and SIGTERM of whatever process embeds it, such as a test run or the CLI.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
