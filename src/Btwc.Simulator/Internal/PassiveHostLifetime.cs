using Microsoft.Extensions.Hosting;

namespace Btwc.Simulator.Internal;

/// <summary>
/// A host lifetime that ignores console signals. The default one would catch Ctrl-C and SIGTERM of whatever
/// process embeds the simulator (a test run, the CLI); the simulator stops only when it is disposed.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
