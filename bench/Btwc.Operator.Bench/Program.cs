// Fleet load harness: N ExternalSecrets over G generators created at once against the in-process Kubernetes
// emulator and BeyondTrust simulator, with the operator running as a separate `btwc run` process so that its
// memory and CPU are measured alone. Prints one line of figures per run.
using System.Diagnostics;
using System.Globalization;
using Btwc.Cli.Dev;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Simulator;
using k8s;
using k8s.Models;

var externalSecrets = ArgumentOr(args, "--external-secrets", 1000);
var generators = ArgumentOr(args, "--generators", 10);
var workers = ArgumentOr(args, "--workers", 8);
var settleSeconds = ArgumentOr(args, "--settle-seconds", 20);
const string Namespace = "bench";

var state = Path.Combine(Path.GetTempPath(), "btwc-bench-" + Guid.NewGuid().ToString("N"));
await using var stack = await DevStack.StartAsync(new DevStackOptions { SimulatorPort = 0, StateDirectory = state }, CancellationToken.None);
await stack.CreatePrerequisitesAsync(Namespace, CancellationToken.None);
for (var index = 0; index < generators; index++)
{
    await stack.ApplyAsync(Generator($"gen-{index}", stack.Simulator.ApiUrl.ToString().TrimEnd('/')), Namespace, CancellationToken.None);
}

using var operatorProcess = StartOperator(stack.KubeconfigPath, workers);
await Task.Delay(TimeSpan.FromSeconds(3));
var clock = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, externalSecrets), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (index, cancellationToken) =>
    await stack.ApplyAsync(ExternalSecretYaml($"es-{index}", $"gen-{index % generators}"), Namespace, cancellationToken));
var created = clock.Elapsed;
await WaitForAllReadyAsync(stack.Kubernetes, externalSecrets);
var allReady = clock.Elapsed;
var generateCalls = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate);

var cpuBefore = operatorProcess.TotalProcessorTime;
var settle = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
operatorProcess.Refresh();
var steadyCpu = (operatorProcess.TotalProcessorTime - cpuBefore) / settle.Elapsed;
var rssMb = ResidentMegabytes(operatorProcess.Id);

operatorProcess.Kill(entireProcessTree: true);
await operatorProcess.WaitForExitAsync();
stack.Simulator.Journal.Clear();
using var restarted = StartOperator(stack.KubeconfigPath, workers);
await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
var generateAfterRestart = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate);
restarted.Kill(entireProcessTree: true);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"externalSecrets={externalSecrets} generators={generators} workers={workers} createdSeconds={created.TotalSeconds:0.0} allReadySeconds={allReady.TotalSeconds:0.0} " +
    $"readyPerSecond={externalSecrets / allReady.TotalSeconds:0} generateCalls={generateCalls} operatorRssMb={rssMb:0} steadyCpuCores={steadyCpu:0.000} generateCallsAfterRestart={generateAfterRestart}"));

return 0;

static Process StartOperator(string kubeconfig, int workers)
{
    var btwc = Path.Combine(AppContext.BaseDirectory, "btwc.dll");
    var start = new ProcessStartInfo("dotnet", $"\"{btwc}\" run --kubeconfig \"{kubeconfig}\" --leader-elect false --workers {workers}")
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, line) =>
    {
        if (line.Data is { } text && text.Contains("fail", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("operator: " + text);
        }
    };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();

    return process;
}

static async Task WaitForAllReadyAsync(IKubernetes kubernetes, int expected)
{
    var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
    while (DateTime.UtcNow < deadline)
    {
        var list = await kubernetes.CustomObjects.ListNamespacedCustomObjectAsync<ExternalSecretList>(
            ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, "bench", ExternalSecret.KubePluralName);
        var ready = list.Items.Count(item => item.Status?.Conditions?.Any(condition => condition.Type == "Ready" && condition.Status == "True") == true);
        if (ready >= expected)
        {
            return;
        }

        await Task.Delay(200);
    }

    throw new TimeoutException($"Not all {expected} ExternalSecrets were Ready within 10 minutes.");
}

static double ResidentMegabytes(int processId)
{
    var line = File.ReadLines($"/proc/{processId}/status").First(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
    var kilobytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    return kilobytes / 1024;
}

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
