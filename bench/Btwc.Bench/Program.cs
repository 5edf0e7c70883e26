using Btwc.Bench;

// Load harness: generate calls per second through the client and through a bare HttpClient loop, against the
// in-process simulator. Usage: generate [--seconds N] [--concurrency N] [--warmup N]
string? error = null;
if (args.Length == 0 || args[0] != "generate" || !LoadOptions.TryParse(args.AsSpan(1), out var options, out error))
{
    Console.Error.WriteLine(LoadOptions.Usage);
    if (args.Length > 0 && args[0] is not ("-h" or "--help"))
    {
        Console.Error.WriteLine(error ?? $"Unknown command \"{args[0]}\".");
    }

    return 2;
}

return await GenerateLoad.RunAsync(options);
