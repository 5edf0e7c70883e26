using Kube.Emulator.Bench;

// Measures the emulator through KubernetesClient: dotnet run -c Release --project bench/Kube.Emulator.Bench -- [crud|raw|list|watch|memory|all] [runs]
string scenario = args.Length > 0 ? args[0] : "all";
int runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
Console.WriteLine($"Kube.Emulator benchmarks: scenario {scenario}, {runs} runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

if (scenario is "crud" or "all")
{
    await Scenarios.RunMedianAsync("creates+updates", runs, Scenarios.CreatesAndUpdatesAsync);
}

if (scenario is "raw" or "all")
{
    await Scenarios.RunMedianAsync("raw HTTP creates", runs, Scenarios.RawCreatesAsync);
}

if (scenario is "list" or "all")
{
    await Scenarios.RunMedianAsync("list 10,000 Secrets", runs, Scenarios.ListAsync);
}

if (scenario is "watch" or "all")
{
    await Scenarios.RunMedianAsync("watch fan-out", runs, Scenarios.WatchFanOutAsync);
}

if (scenario is "memory" or "all")
{
    await Scenarios.RunMedianAsync("memory", runs, Scenarios.MemoryAsync);
}

return 0;
