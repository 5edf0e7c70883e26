using System.Text;
using Btwc.Cli.Dev;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Hosting;
using Btwc.Simulator;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>
/// One test's whole product on 127.0.0.1: the emulator, the simulator and the operator, with every log line
/// captured so tests can search it for secrets.
/// </summary>
internal sealed class OperatorStack : IAsyncDisposable
{
    public const string Namespace = "external-secrets";

    private readonly string _stateDirectory;

    private OperatorStack(DevStack stack, FakeLoggerProvider logs, TimeProvider time, string stateDirectory)
    {
        Stack = stack;
        Logs = logs;
        Time = time;
        _stateDirectory = stateDirectory;
    }

    public DevStack Stack { get; }

    public FakeLoggerProvider Logs { get; }

    public TimeProvider Time { get; }

    public IKubernetes Kubernetes => Stack.Kubernetes;

    public SimulatorServer Simulator => Stack.Simulator;

    public static async Task<OperatorStack> StartAsync(TimeProvider? time = null, bool startOperator = true)
    {
        time ??= TimeProvider.System;
        var logs = new FakeLoggerProvider();
        var stateDirectory = Path.Combine(Path.GetTempPath(), "btwc-e2e-" + Guid.NewGuid().ToString("N"));
        var stack = await DevStack.StartAsync(new DevStackOptions { SimulatorPort = 0, KubePort = 0, StateDirectory = stateDirectory, TimeProvider = time }, CancellationToken.None);
        var result = new OperatorStack(stack, logs, time, stateDirectory);
        await stack.CreatePrerequisitesAsync(Namespace, CancellationToken.None);
        if (startOperator)
        {
            await result.StartOperatorAsync();
        }

        return result;
    }

    public async Task StartOperatorAsync()
    {
        var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        var options = new OperatorOptions { LeaderElection = false, Workers = 4 };
        await Stack.StartOperatorAsync(options, loggerFactory, Time, CancellationToken.None);
    }

    public Task<IReadOnlyList<string>> ApplyAsync(string yaml) => Stack.ApplyAsync(yaml, Namespace, CancellationToken.None);

    public Task ApplyExampleAsync(string folder)
    {
        var directory = Path.Combine(RepositoryRoot(), "examples", folder);

        return Task.WhenAll(Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(async file => await ApplyAsync(await File.ReadAllTextAsync(file))));
    }

    public async Task<ExternalSecret?> GetExternalSecretAsync(string name)
    {
        try
        {
            return await Kubernetes.CustomObjects.GetNamespacedCustomObjectAsync<ExternalSecret>(
                ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, Namespace, ExternalSecret.KubePluralName, name);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<V1Secret?> GetSecretAsync(string name)
    {
        try
        {
            return await Kubernetes.CoreV1.ReadNamespacedSecretAsync(name, Namespace);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<ExternalSecretStatusCondition> WaitForReadyAsync(string externalSecret, string status = "True", string? reason = null, TimeSpan? timeout = null)
    {
        ExternalSecretStatusCondition? ready = null;
        await Eventually.TrueAsync(
            async () =>
            {
                var current = await GetExternalSecretAsync(externalSecret);
                ready = current?.Status?.Conditions?.FirstOrDefault(condition => condition.Type == "Ready");

                return ready?.Status == status && (reason is null || ready.Reason == reason);
            },
            timeout,
            () => $"ExternalSecret {externalSecret} did not reach Ready={status}{(reason is null ? string.Empty : $" ({reason})")}; last condition: {ready?.Status} {ready?.Reason}: {ready?.Message}");

        return ready!;
    }

    public async Task<IReadOnlyList<Corev1Event>> EventsForAsync(string name)
    {
        var events = await Kubernetes.CoreV1.ListNamespacedEventAsync(Namespace);

        return events.Items.Where(item => item.InvolvedObject?.Name == name).ToList();
    }

    /// <summary>Gets how many syncs the operator has logged (event 2007, written just before it schedules the next refresh).</summary>
    public int SyncCount => Logs.Collector.GetSnapshot().Count(record => record.Id.Id == 2007);

    /// <summary>
    /// Waits until the operator has logged <paramref name="count"/> syncs, then a moment more for it to schedule the
    /// next refresh. A fake clock must not move before that schedule exists.
    /// </summary>
    public async Task WaitForSyncsAsync(int count)
    {
        await Eventually.TrueAsync(() => Task.FromResult(SyncCount >= count), failureMessage: () => $"the operator logged {SyncCount} of {count} syncs");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
    }

    /// <summary>Waits for an event of <paramref name="name"/> that matches; events are recorded just after the status write a test usually waits for.</summary>
    public async Task WaitForEventAsync(string name, Func<Corev1Event, bool> matches, string description) =>
        await Eventually.TrueAsync(
            async () => (await EventsForAsync(name)).Any(matches),
            failureMessage: () => $"no event of {name} is {description}");

    /// <summary>Returns everything a user or an operator of the operator can see: logs, events and every status.</summary>
    public async Task<string> ObservableTextAsync()
    {
        var text = new StringBuilder();
        foreach (var record in Logs.Collector.GetSnapshot())
        {
            text.AppendLine(record.Message).AppendLine(record.Exception?.ToString());
        }

        foreach (var item in (await Kubernetes.CoreV1.ListNamespacedEventAsync(Namespace)).Items)
        {
            text.AppendLine(item.Reason).AppendLine(item.Message);
        }

        var list = await Kubernetes.CustomObjects.ListNamespacedCustomObjectAsync<ExternalSecretList>(
            ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, Namespace, ExternalSecret.KubePluralName);
        foreach (var item in list.Items)
        {
            text.AppendLine(KubernetesJson.Serialize(item.Status));
        }

        return text.ToString();
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "btwc-operator.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (btwc-operator.slnx) was not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await Stack.DisposeAsync();
        Logs.Dispose();
        try
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
