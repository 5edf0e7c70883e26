using Btwc.Simulator.Internal.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

return await SimulatorProgram.RunAsync(args, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
