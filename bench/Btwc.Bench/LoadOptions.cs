using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Btwc.Bench;

/// <summary>Settings of the generate load run.</summary>
/// <param name="Seconds">Measured seconds per loop. Default 10.</param>
/// <param name="Concurrency">Concurrent callers per loop, sharing one connection pool. Default 16.</param>
/// <param name="WarmupSeconds">Unmeasured seconds per loop before measuring. Default 2.</param>
internal sealed record LoadOptions(int Seconds = 10, int Concurrency = 16, int WarmupSeconds = 2)
{
    public const string Usage = "Usage: Btwc.Bench generate [--seconds N (10)] [--concurrency N (16)] [--warmup N (2)]";

    public static bool TryParse(ReadOnlySpan<string> args, [NotNullWhen(true)] out LoadOptions? options, out string? error)
    {
        options = new LoadOptions();
        error = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                error = $"Option \"{args[i]}\" needs a positive whole number.";
                options = null;
                return false;
            }

            switch (args[i])
            {
                case "--seconds":
                    options = options with { Seconds = value };
                    break;
                case "--concurrency":
                    options = options with { Concurrency = value };
                    break;
                case "--warmup":
                    options = options with { WarmupSeconds = value };
                    break;
                default:
                    error = $"Unknown option \"{args[i]}\".";
                    options = null;
                    return false;
            }
        }

        return true;
    }
}
