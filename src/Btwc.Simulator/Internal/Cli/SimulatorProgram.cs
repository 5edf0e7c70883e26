using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Btwc.Simulator.Internal.Cli;

/// <summary>The command line: <c>--seed FILE [--port N] [--ca-dir DIR] [--admin-token TOKEN]</c>. Runs until Ctrl-C.</summary>
internal static class SimulatorProgram
{
    public const string Usage = "usage: Btwc.Simulator --seed FILE [--port N] [--ca-dir DIR] [--admin-token TOKEN]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken stop)
    {
        SimulatorArguments arguments;
        SimulatorSeed? seed;
        try
        {
            arguments = SimulatorArguments.Parse(args);
            seed = arguments.SeedPath is null ? null : SimulatorSeed.Load(arguments.SeedPath);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IOException)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);

            return 2;
        }

        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        var options = new SimulatorOptions
        {
            Port = arguments.Port,
            Seed = seed,
            CertificateDirectory = arguments.CaDirectory,
            AdminToken = arguments.AdminToken,
            LoggerFactory = loggerFactory,
        };
        await using var server = await SimulatorServer.StartAsync(options, stop).ConfigureAwait(false);
        var caPath = WriteCaPem(server, arguments.CaDirectory);
        await PrintAsync(output, server, seed, caPath).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await output.WriteLineAsync("Stopping.").ConfigureAwait(false);
        }

        return 0;
    }

    private static string WriteCaPem(SimulatorServer server, string? caDirectory)
    {
        if (caDirectory is not null)
        {
            return Path.GetFullPath(Path.Combine(caDirectory, "ca.pem"));
        }

        var directory = Path.Combine(Path.GetTempPath(), "btwc-simulator-" + server.Port.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "ca.pem");
        File.WriteAllText(path, server.CaCertificatePem);

        return path;
    }

    private static async Task PrintAsync(TextWriter output, SimulatorServer server, SimulatorSeed? seed, string caPath)
    {
        await output.WriteLineAsync("BeyondTrust Workload Credentials simulator (a local test double, not a real tenant)").ConfigureAwait(false);
        await output.WriteLineAsync($"apiUrl: {server.ApiUrl}").ConfigureAwait(false);
        await output.WriteLineAsync($"CA PEM: {caPath}").ConfigureAwait(false);
        await output.WriteLineAsync($"admin token: {server.AdminToken}").ConfigureAwait(false);
        foreach (var site in seed?.Sites ?? [])
        {
            await output.WriteLineAsync($"site: {site.Id} (base {server.SiteUrl(site.Id)})").ConfigureAwait(false);
            foreach (var token in site.Tokens)
            {
                // Printing the token is intended: it is a development token of a local test double.
                await output.WriteLineAsync($"  token: {token.Value}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync("Press Ctrl-C to stop.").ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
