using System.Globalization;
using System.Text;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Hosting;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Btwc.Cli.Dev;

/// <summary>Settings of one <c>btwc dev</c> run.</summary>
public sealed class DevSessionOptions
{
    /// <summary>Gets or sets whether to exit after the first sync.</summary>
    public bool Once { get; set; }

    /// <summary>Gets or sets the manifest folder; null searches upward for <c>examples/complete</c>.</summary>
    public string? ExamplesDirectory { get; set; }

    /// <summary>Gets or sets the stack settings.</summary>
    public DevStackOptions Stack { get; set; } = new();

    /// <summary>Gets or sets the operator settings.</summary>
    public OperatorOptions Operator { get; set; } = new();

    /// <summary>Gets or sets how long to wait for the first sync. Default: 60 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the lowest level logged to standard error. Default: warnings.</summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Warning;
}

/// <summary>
/// One run of the dev mode: start the stack, apply the product document's complete example, wait for its
/// Secret, print what a user wants to see (values masked), then keep refreshing until cancelled.
/// </summary>
public sealed class DevSession
{
    /// <summary>The namespace of the complete example.</summary>
    public const string ExampleNamespace = "external-secrets";

    /// <summary>The ExternalSecret of the complete example.</summary>
    public const string ExampleExternalSecret = "app-aws-credentials";

    /// <summary>The target Secret of the complete example.</summary>
    public const string ExampleSecret = "aws-temp-credentials";

    private static readonly HashSet<string> UnmaskedKeys = new(StringComparer.Ordinal) { "leaseId", "expiration" };

    private readonly DevSessionOptions _options;
    private readonly TextWriter _output;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The run's settings.</param>
    /// <param name="output">Where the run prints; logs go to standard error.</param>
    public DevSession(DevSessionOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        _options = options;
        _output = output;
    }

    /// <summary>Runs until the first sync (with <see cref="DevSessionOptions.Once"/>) or until cancelled.</summary>
    /// <param name="cancellationToken">Ctrl-C.</param>
    /// <returns>The process exit status: 0 on success.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var examples = _options.ExamplesDirectory ?? FindExamples();
        if (examples is null || !Directory.Exists(examples))
        {
            await _output.WriteLineAsync($"btwc dev: the examples folder \"{examples ?? "examples/complete"}\" was not found. Run from the repository, or pass --examples DIR.").ConfigureAwait(false);

            return 2;
        }

        using var loggerFactory = LoggerFactory.Create(builder => builder
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddFilter(level => level >= _options.LogLevel)

            // A server that cannot start (a busy port) already ends the command with a one-line error. The
            // host's own record of it is a stack trace, so it is shown only with --verbose.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", _options.LogLevel <= LogLevel.Debug ? _options.LogLevel : LogLevel.None));
        _options.Stack.LoggerFactory = loggerFactory;

        await using var stack = await DevStack.StartAsync(_options.Stack, cancellationToken).ConfigureAwait(false);
        await PrintServersAsync(stack).ConfigureAwait(false);
        await stack.StartOperatorAsync(_options.Operator, loggerFactory, _options.Stack.TimeProvider, cancellationToken).ConfigureAwait(false);
        await stack.CreatePrerequisitesAsync(ExampleNamespace, cancellationToken).ConfigureAwait(false);
        await _output.WriteLineAsync($"Created namespace {ExampleNamespace} with Secret api-token (the simulator's API token) and Secret my-ca-bundle (its CA), which the examples reference.").ConfigureAwait(false);
        await ApplyExamplesAsync(stack, examples, cancellationToken).ConfigureAwait(false);

        var synced = await WaitForSyncAsync(stack, cancellationToken).ConfigureAwait(false);
        if (synced is null)
        {
            return 1;
        }

        if (_options.Once)
        {
            return 0;
        }

        await PrintKubeconfigAsync(stack).ConfigureAwait(false);

        await _output.WriteLineAsync("Refreshing until Ctrl-C.").ConfigureAwait(false);
        await WatchRefreshesAsync(stack, synced.Status?.Lease?.Id, cancellationToken).ConfigureAwait(false);

        return 0;
    }

    private async Task PrintServersAsync(DevStack stack)
    {
        await _output.WriteLineAsync($"Kubernetes emulator (a test double): {stack.Emulator.BaseUrl}").ConfigureAwait(false);
        await _output.WriteLineAsync($"BeyondTrust simulator (a test double): {stack.Simulator.ApiUrl}, site {DevStack.SiteId}, dynamic secret {DevStack.DynamicSecretPath} (1-hour lifetime)").ConfigureAwait(false);
    }

    private async Task ApplyExamplesAsync(DevStack stack, string examples, CancellationToken cancellationToken)
    {
        await _output.WriteLineAsync($"Applying {examples}:").ConfigureAwait(false);
        foreach (var file in Directory.GetFiles(examples, "*.yaml").Order(StringComparer.Ordinal))
        {
            var results = await stack.ApplyAsync(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), ExampleNamespace, cancellationToken).ConfigureAwait(false);
            foreach (var result in results)
            {
                await _output.WriteLineAsync("  " + result).ConfigureAwait(false);
            }
        }
    }

    private async Task<ExternalSecret?> WaitForSyncAsync(DevStack stack, CancellationToken cancellationToken)
    {
        await _output.WriteLineAsync($"Waiting for Secret {ExampleNamespace}/{ExampleSecret}...").ConfigureAwait(false);
        var deadline = DateTimeOffset.UtcNow + _options.Timeout;
        ExternalSecret? externalSecret = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            externalSecret = await ReadExternalSecretAsync(stack.Kubernetes, cancellationToken).ConfigureAwait(false);
            var ready = ReadyCondition(externalSecret);
            if (ready?.Status == "True")
            {
                var secret = await stack.Kubernetes.CoreV1.ReadNamespacedSecretAsync(ExampleSecret, ExampleNamespace, cancellationToken: cancellationToken).ConfigureAwait(false);
                await PrintStatusAsync(externalSecret!).ConfigureAwait(false);
                await PrintSecretAsync(secret).ConfigureAwait(false);

                return externalSecret;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }

        var condition = ReadyCondition(externalSecret);
        var reason = condition is null ? "the operator has not reported a Ready condition" : $"{condition.Reason}: {condition.Message}";
        await _output.WriteLineAsync($"btwc dev: ExternalSecret {ExampleNamespace}/{ExampleExternalSecret} was not Ready after {_options.Timeout.TotalSeconds:0} s ({reason}).").ConfigureAwait(false);

        return null;
    }

    private async Task PrintStatusAsync(ExternalSecret externalSecret)
    {
        var status = externalSecret.Status;
        var ready = ReadyCondition(externalSecret);
        var lines = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"ExternalSecret {ExampleNamespace}/{ExampleExternalSecret}:")
            .AppendLine(CultureInfo.InvariantCulture, $"  Ready:            {ready?.Status} ({ready?.Reason}: {ready?.Message})")
            .AppendLine(CultureInfo.InvariantCulture, $"  Refresh interval: {externalSecret.Spec.RefreshInterval}")
            .AppendLine(CultureInfo.InvariantCulture, $"  Last sync:        {Format(status?.RefreshTime)}")
            .AppendLine(CultureInfo.InvariantCulture, $"  Lease:            {status?.Lease?.Id}, expires {Format(status?.Lease?.Expiration)}")
            .AppendLine(CultureInfo.InvariantCulture, $"  Next refresh:     {Format(status?.NextRefreshTime)}");
        await _output.WriteAsync(lines.ToString()).ConfigureAwait(false);
    }

    private async Task PrintSecretAsync(V1Secret secret)
    {
        await _output.WriteLineAsync($"Secret {ExampleNamespace}/{ExampleSecret} (values masked except leaseId and expiration):").ConfigureAwait(false);
        foreach (var (key, value) in secret.Data ?? new Dictionary<string, byte[]>())
        {
            var shown = UnmaskedKeys.Contains(key) ? Encoding.UTF8.GetString(value) : $"******** ({value.Length} bytes)";
            await _output.WriteLineAsync($"  {key,-16} {shown}").ConfigureAwait(false);
        }
    }

    private async Task PrintKubeconfigAsync(DevStack stack)
    {
        await _output.WriteLineAsync($"Kubeconfig: {Path.GetFullPath(stack.KubeconfigPath)}").ConfigureAwait(false);
        await _output.WriteLineAsync($"  export KUBECONFIG={Path.GetFullPath(stack.KubeconfigPath)}").ConfigureAwait(false);
        await _output.WriteLineAsync($"  kubectl get externalsecrets -n {ExampleNamespace}").ConfigureAwait(false);
    }

    private async Task WatchRefreshesAsync(DevStack stack, string? leaseId, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
                var externalSecret = await ReadExternalSecretAsync(stack.Kubernetes, cancellationToken).ConfigureAwait(false);
                var lease = externalSecret?.Status?.Lease;
                if (lease?.Id is { } current && current != leaseId)
                {
                    leaseId = current;
                    await _output.WriteLineAsync($"Refreshed: lease {current}, expires {Format(lease.Expiration)}, next refresh {Format(externalSecret!.Status!.NextRefreshTime)}").ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            await _output.WriteLineAsync("Stopping.").ConfigureAwait(false);
        }
    }

    private static async Task<ExternalSecret?> ReadExternalSecretAsync(IKubernetes kubernetes, CancellationToken cancellationToken)
    {
        try
        {
            return await kubernetes.CustomObjects.GetNamespacedCustomObjectAsync<ExternalSecret>(
                ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, ExampleNamespace, ExternalSecret.KubePluralName, ExampleExternalSecret, cancellationToken).ConfigureAwait(false);
        }
        catch (k8s.Autorest.HttpOperationException)
        {
            return null;
        }
    }

    private static ExternalSecretStatusCondition? ReadyCondition(ExternalSecret? externalSecret) =>
        externalSecret?.Status?.Conditions?.FirstOrDefault(condition => condition.Type == ExternalSecretConditionType.Ready);

    private static string Format(DateTime? time) =>
        time is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "-";

    private static string? FindExamples()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples", "complete");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
