using System.Globalization;

namespace Btwc.Simulator.Internal.Cli;

/// <summary>The parsed command line of the simulator program.</summary>
internal sealed record SimulatorArguments(string? SeedPath, int Port, string? CaDirectory, string? AdminToken)
{
    public static SimulatorArguments Parse(IReadOnlyList<string> args)
    {
        string? seed = null, caDirectory = null, adminToken = null;
        var port = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option '{name}' is missing its value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--seed":
                    seed = value;
                    break;
                case "--port":
                    port = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= 65535
                        ? parsed
                        : throw new ArgumentException($"Port '{value}' is invalid: use 0 (any free port) or 1 to 65535.");
                    break;
                case "--ca-dir":
                    caDirectory = value;
                    break;
                case "--admin-token":
                    adminToken = value;
                    break;
                default:
                    throw new ArgumentException($"Option '{name}' is unknown.");
            }
        }

        return new SimulatorArguments(seed, port, caDirectory, adminToken);
    }
}
