// Fleet load harness: N ExternalSecrets over G generators created at once against the in-process Kubernetes
// emulator and BeyondTrust simulator, with the operator running as a separate `btwc run` process so that its
// memory and CPU are measured alone. Then a restart of the operator, and last a bare loop that makes the same
// generate and Secret-create calls with no operator logic. Prints one line of figures per run, then the CPU
// each side spent and the Kubernetes API requests per ExternalSecret.
// Options: --external-secrets N (1000), --generators G (10), --workers W (8, also the bare loop's
// concurrency), --settle-seconds S (60, the idle window and the restart's observation window),
// --timeout-minutes M (15), --operator-log-level L (Information, passed to `btwc run --log-level`),
// --create-first 1 (default 0). With --create-first 1 the whole fleet exists before the
// operator starts and the clock starts with the operator, so the create calls are not part of its rate.
using System.Diagnostics;
using System.Globalization;
using Btwc.Cli.Dev;
using Btwc.Operator.Bench;
using Btwc.Simulator;

var externalSecrets = ArgumentOr(args, "--external-secrets", 1000);
var generators = ArgumentOr(args, "--generators", 10);
var workers = ArgumentOr(args, "--workers", 8);
var settleSeconds = ArgumentOr(args, "--settle-seconds", 60);
var timeout = TimeSpan.FromMinutes(ArgumentOr(args, "--timeout-minutes", 15));
var createFirst = ArgumentOr(args, "--create-first", 0) == 1;
var logLevelIndex = Array.IndexOf(args, "--operator-log-level");
var logLevel = logLevelIndex >= 0 && logLevelIndex + 1 < args.Length ? args[logLevelIndex + 1] : "Information";
const string Namespace = "bench";

var state = Path.Combine(Path.GetTempPath(), "btwc-bench-" + Guid.NewGuid().ToString("N"));
await using var stack = await DevStack.StartAsync(new DevStackOptions { SimulatorPort = 0, StateDirectory = state }, CancellationToken.None);
await stack.CreatePrerequisitesAsync(Namespace, CancellationToken.None);
for (var index = 0; index < generators; index++)
{
    await stack.ApplyAsync(Generator($"gen-{index}", stack.Simulator.ApiUrl.ToString().TrimEnd('/')), Namespace, CancellationToken.None);
}

// Phase 1: create the fleet at once and wait until every ExternalSecret is Ready.
var createClock = Stopwatch.StartNew();
if (createFirst)
{
    await CreateFleetAsync();
}

var created = createClock.Elapsed;
using var operatorProcess = OperatorProcess.Start(stack.KubeconfigPath, workers, logLevel);
if (!createFirst)
{
    await Task.Delay(TimeSpan.FromSeconds(3));
}

stack.Emulator.Journal.Clear();
operatorProcess.Refresh();
var operatorCpuAtStart = operatorProcess.TotalProcessorTime;
var benchCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
var clock = Stopwatch.StartNew();
if (!createFirst)
{
    await CreateFleetAsync();
    created = clock.Elapsed;
}

await FleetProgress.WaitForAllReadyAsync(stack.Kubernetes, stack.Emulator.Journal, Namespace, externalSecrets, timeout);
var allReady = clock.Elapsed;
var generateCalls = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate);
var requestsPerObject = RequestsPerObject(stack.Emulator.Journal.Entries, externalSecrets);
operatorProcess.Refresh();
var operatorCpuToReady = operatorProcess.TotalProcessorTime - operatorCpuAtStart;
var benchCpuToReady = Process.GetCurrentProcess().TotalProcessorTime - benchCpuAtStart;

// Phase 2: idle with 1-hour refreshes; CPU from the process's own counter, memory from /proc.
stack.Emulator.Journal.Clear();
operatorProcess.Refresh();
var cpuBefore = operatorProcess.TotalProcessorTime;
var settle = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
operatorProcess.Refresh();
var idleElapsed = settle.Elapsed;
var idleCpu = (operatorProcess.TotalProcessorTime - cpuBefore) / idleElapsed;
var requestsWhileIdle = stack.Emulator.Journal.Count(_ => true);
var rssMb = OperatorProcess.ResidentMegabytes(operatorProcess.Id);
var generateWhileIdle = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate) - generateCalls;

// Phase 3: restart. Every object stays Ready, so "ready again" means the new process has reconciled every
// ExternalSecret once, which it logs (event 1101) with the time the pass took.
operatorProcess.Kill(entireProcessTree: true);
await operatorProcess.WaitForExitAsync();
stack.Simulator.Journal.Clear();
stack.Emulator.Journal.Clear();
var restartClock = Stopwatch.StartNew();
var startupPass = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
using var restarted = OperatorProcess.Start(stack.KubeconfigPath, workers, logLevel, line =>
{
    if (StartupPassLine.DurationMs(line) is { } milliseconds)
    {
        startupPass.TrySetResult(milliseconds);
    }
});
var passCompleted = await Task.WhenAny(startupPass.Task, Task.Delay(timeout)) == startupPass.Task;
var restartSeconds = passCompleted ? restartClock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "timeout";
var restartPassMs = passCompleted ? startupPass.Task.Result : "timeout";
var quiet = TimeSpan.FromSeconds(settleSeconds) - restartClock.Elapsed;
if (quiet > TimeSpan.Zero)
{
    await Task.Delay(quiet);
}

var generateAfterRestart = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate);
restarted.Kill(entireProcessTree: true);
await restarted.WaitForExitAsync();

// Phase 4: the bare loop, with no operator running.
var bare = await BareLoop.RunAsync(stack, externalSecrets, workers);
var operatorRate = externalSecrets / allReady.TotalSeconds;
var bareRate = externalSecrets / bare.TotalSeconds;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"externalSecrets={externalSecrets} generators={generators} workers={workers} createFirst={createFirst} operatorLogLevel={logLevel} createdSeconds={created.TotalSeconds:0.0} allReadySeconds={allReady.TotalSeconds:0.0} " +
    $"readyPerSecond={operatorRate:0} generateCalls={generateCalls} bareSeconds={bare.TotalSeconds:0.0} barePerSecond={bareRate:0} operatorToBare={operatorRate / bareRate:0.00} " +
    $"operatorRssMb={rssMb:0} idleCpuCores={idleCpu:0.0000} idleSeconds={idleElapsed.TotalSeconds:0} generateCallsWhileIdle={generateWhileIdle} kubeRequestsWhileIdle={requestsWhileIdle} " +
    $"restartAllReconciledSeconds={restartSeconds} restartPassMs={restartPassMs} generateCallsAfterRestart={generateAfterRestart}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU until all were Ready: operator {operatorCpuToReady.TotalSeconds:0.0} s, bench process (emulator, simulator, creates, polls) {benchCpuToReady.TotalSeconds:0.0} s"));
Console.WriteLine("Kubernetes API requests per ExternalSecret until all were Ready (the bench's own creates and polls included): " + requestsPerObject);

Directory.Delete(state, recursive: true);

return 0;

Task CreateFleetAsync() =>
    Parallel.ForEachAsync(Enumerable.Range(0, externalSecrets), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (index, cancellationToken) =>
        await stack.ApplyAsync(ExternalSecretYaml($"es-{index}", $"gen-{index % generators}"), Namespace, cancellationToken));

static string RequestsPerObject(IReadOnlyList<Kube.Emulator.Journal.JournalEntry> entries, int objects) => string.Join(", ", entries
    .GroupBy(entry => entry.Verb + " " + entry.Resource + (entry.Subresource is null ? string.Empty : "/" + entry.Subresource))
    .OrderByDescending(group => group.Count())
    .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Key}={(double)group.Count() / objects:0.00}")));

static int ArgumentOr(string[] arguments, string name, int fallback)
{
    var index = Array.IndexOf(arguments, name);

    return index >= 0 && index + 1 < arguments.Length ? int.Parse(arguments[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Generator(string name, string apiUrl) => $"""
    apiVersion: generators.external-secrets.io/v1alpha1
    kind: BeyondtrustWorkloadCredentialsDynamicSecret
    metadata:
      name: {name}
    spec:
      provider:
        auth:
          apikey:
            token:
              name: api-token
              key: token
        server:
          apiUrl: "{apiUrl}"
          siteId: "{DevStack.SiteId}"
        folderPath: "{DevStack.DynamicSecretPath}"
        caProvider:
          type: Secret
          name: my-ca-bundle
          key: ca.crt
    """;

static string ExternalSecretYaml(string name, string generator) => $"""
    apiVersion: external-secrets.io/v1
    kind: ExternalSecret
    metadata:
      name: {name}
    spec:
      refreshInterval: 1h
      target:
        name: {name}
      dataFrom:
        - sourceRef:
            generatorRef:
              kind: BeyondtrustWorkloadCredentialsDynamicSecret
              name: {generator}
    """;
