using System.Diagnostics;
using System.Globalization;
using Btwc.Client;
using Btwc.Simulator;

namespace Btwc.Bench;

/// <summary>
/// Runs the same generate calls through a bare <see cref="HttpClient"/> loop and through the client, one after the
/// other in one process against one simulator, and prints calls per second for both and their ratio.
/// </summary>
internal static class GenerateLoad
{
    private const string SiteId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
    private const string Token = "bench-token";
    private const string SecretPath = "production/aws-temp";

    public static async Task<int> RunAsync(LoadOptions options)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { JournalCapacity = 0, JournalLeaseIdCapacity = 0 });
        server.State.AddSite(SiteId);
        server.State.AddToken(SiteId, Token, [TokenPermission.All]);
        server.State.PutDynamicSecret(SiteId, SecretPath, DynamicSecretDefinition.Aws());

        using var bare = new BareGenerateLoop(server.ApiUrl, SiteId, Token, server.CaCertificatePem, SecretPath);
        using var factory = new BtwcClientFactory();
        var client = factory.Create(new BtwcClientOptions
        {
            ApiUrl = server.ApiUrl.ToString(),
            SiteId = SiteId,
            TokenSource = _ => ValueTask.FromResult(Token),
            CaBundlePem = server.CaCertificatePem,
        });
        var path = Btwc.Client.SecretPath.Parse(SecretPath);

        Console.WriteLine($"generate load: {options.Seconds} s measured per loop, {options.Concurrency} concurrent callers, {options.WarmupSeconds} s warm-up, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
        Func<CancellationToken, ValueTask> bareCall = bare.GenerateAsync;
        Func<CancellationToken, ValueTask> clientCall = cancellationToken => new ValueTask(client.GenerateAsync(path, cancellationToken));
        await RunLoopAsync(options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), bareCall);
        await RunLoopAsync(options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), clientCall);

        // Order A B B A, so a drift in machine load during the run weighs on both loops alike.
        var half = TimeSpan.FromSeconds(options.Seconds / 2.0);
        var bareFirst = await MeasureAsync(options.Concurrency, half, bareCall);
        var clientFirst = await MeasureAsync(options.Concurrency, half, clientCall);
        var clientSecond = await MeasureAsync(options.Concurrency, half, clientCall);
        var bareSecond = await MeasureAsync(options.Concurrency, half, bareCall);
        var bareRate = Report("bare HttpClient", bareFirst, bareSecond);
        var clientRate = Report("Btwc.Client", clientFirst, clientSecond);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio client/bare: {clientRate / bareRate:0.000}"));

        return 0;
    }

    private static async Task<Measurement> MeasureAsync(int concurrency, TimeSpan duration, Func<CancellationToken, ValueTask> call)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var (calls, failures) = await RunLoopAsync(concurrency, duration, call);
        var elapsed = stopwatch.Elapsed;

        return new Measurement(calls, failures, elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    private static double Report(string name, Measurement first, Measurement second)
    {
        var calls = first.Calls + second.Calls;
        var rate = calls / (first.Elapsed + second.Elapsed).TotalSeconds;
        var cpuPerCall = (first.Cpu + second.Cpu).TotalMicroseconds / Math.Max(calls, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {rate,10:0} generate/s  {cpuPerCall,7:0} us CPU per call (client and simulator)  ({calls} calls, {first.Failures + second.Failures} failures)"));

        return rate;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<(long Calls, long Failures)> RunLoopAsync(int concurrency, TimeSpan duration, Func<CancellationToken, ValueTask> call)
    {
        long calls = 0;
        long failures = 0;
        using var stop = new CancellationTokenSource(duration);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await call(CancellationToken.None);
                    Interlocked.Increment(ref calls);
                }
                catch (Exception exception) when (exception is BtwcApiException or HttpRequestException or InvalidOperationException)
                {
                    if (Interlocked.Increment(ref failures) == 1)
                    {
                        Console.Error.WriteLine("first failure: " + exception.Message);
                    }
                }
            }
        }));
        await Task.WhenAll(workers);

        return (calls, failures);
    }

    private sealed record Measurement(long Calls, long Failures, TimeSpan Elapsed, TimeSpan Cpu);
}
