using System.Security.Cryptography;
using System.Text;
using Btwc.Operator.Api;
using Btwc.Operator.Hosting;
using Btwc.Simulator;
using k8s;
using k8s.Models;
using Kube.Emulator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Cli.Dev;

/// <summary>
/// The dev-mode stack in one process: the in-memory Kubernetes emulator, the BeyondTrust simulator and the
/// operator, all on 127.0.0.1. Both servers are test doubles, never a replacement for a cluster or a tenant.
/// </summary>
public sealed class DevStack : IAsyncDisposable
{
    /// <summary>The site id of the simulated tenant: the product document's example.</summary>
    public const string SiteId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    /// <summary>The apiUrl the example manifests name; it is rewritten when the simulator listens elsewhere.</summary>
    public const string ExampleApiUrl = "https://127.0.0.1:9443/site";

    /// <summary>The path of the seeded dynamic AWS definition.</summary>
    public const string DynamicSecretPath = "production/aws-temp";

    private readonly CancellationTokenSource _stopping = new();
    private Task? _operatorRun;

    private DevStack(KubeEmulatorServer emulator, SimulatorServer simulator, IKubernetes kubernetes, string kubeconfigPath, string token)
    {
        Emulator = emulator;
        Simulator = simulator;
        Kubernetes = kubernetes;
        KubeconfigPath = kubeconfigPath;
        Token = token;
    }

    /// <summary>Gets the Kubernetes emulator.</summary>
    public KubeEmulatorServer Emulator { get; }

    /// <summary>Gets the BeyondTrust simulator.</summary>
    public SimulatorServer Simulator { get; }

    /// <summary>Gets a Kubernetes client for the emulator.</summary>
    public IKubernetes Kubernetes { get; }

    /// <summary>Gets the path of the kubeconfig that points at the emulator.</summary>
    public string KubeconfigPath { get; }

    /// <summary>Gets the API token the simulator accepts; a random value made for this run.</summary>
    public string Token { get; }

    /// <summary>Gets the running operator, or null before <see cref="StartOperatorAsync"/>.</summary>
    public ExternalSecretController? Operator { get; private set; }

    /// <summary>Starts the emulator and the simulator, writes the kubeconfig and installs the CRDs.</summary>
    /// <param name="options">Ports, directories and clock.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    public static async Task<DevStack> StartAsync(DevStackOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.StateDirectory);
        var token = "btwc-dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var emulator = await KubeEmulatorServer.StartAsync(
            new KubeEmulatorOptions { Port = options.KubePort, TimeProvider = options.EmulatorTimeProvider, LoggerFactory = options.LoggerFactory },
            cancellationToken).ConfigureAwait(false);
        SimulatorServer simulator;
        try
        {
            simulator = await SimulatorServer.StartAsync(
                new SimulatorOptions { Port = options.SimulatorPort, TimeProvider = options.TimeProvider, Seed = Seed(token), LoggerFactory = options.LoggerFactory },
                cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var kubeconfig = emulator.WriteKubeconfig(Path.Combine(options.StateDirectory, "kubeconfig"));
        await File.WriteAllTextAsync(Path.Combine(options.StateDirectory, "ca.crt"), simulator.CaCertificatePem, cancellationToken).ConfigureAwait(false);
        var kubernetes = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = emulator.BaseUrl.ToString() });
        var stack = new DevStack(emulator, simulator, kubernetes, kubeconfig, token);
        await stack.InstallCrdsAsync(cancellationToken).ConfigureAwait(false);

        return stack;
    }

    /// <summary>Starts the operator against the emulator.</summary>
    /// <param name="options">The operator settings.</param>
    /// <param name="loggerFactory">The operator's logger factory.</param>
    /// <param name="time">The operator's clock.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    public async Task StartOperatorAsync(OperatorOptions options, ILoggerFactory? loggerFactory, TimeProvider time, CancellationToken cancellationToken)
    {
        Operator = new ExternalSecretController(Kubernetes, options, time, loggerFactory ?? NullLoggerFactory.Instance);
        await Operator.Host.StartAsync(cancellationToken).ConfigureAwait(false);
        _operatorRun = Operator.Host.ExecuteTask;
    }

    /// <summary>Stops the operator, as a restart or a crash would, leaving the servers running.</summary>
    public async Task StopOperatorAsync()
    {
        if (Operator is null)
        {
            return;
        }

        await Operator.Host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await Operator.DisposeAsync().ConfigureAwait(false);
        Operator = null;
    }

    /// <summary>
    /// Creates what the product document's complete example needs before its manifests: the namespace, the
    /// <c>api-token</c> Secret and the <c>my-ca-bundle</c> Secret holding the simulator's CA.
    /// </summary>
    /// <param name="namespaceName">The namespace, <c>external-secrets</c> in the document.</param>
    /// <param name="cancellationToken">Stops the calls.</param>
    public async Task CreatePrerequisitesAsync(string namespaceName, CancellationToken cancellationToken)
    {
        var applier = new ManifestApplier(Kubernetes);
        var secrets = new[]
        {
            NewSecret(namespaceName, "api-token", "token", Token),
            NewSecret(namespaceName, "my-ca-bundle", "ca.crt", Simulator.CaCertificatePem),
        };
        var yaml = KubernetesYaml.SerializeAll([new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = namespaceName } }, .. secrets]);
        await applier.ApplyAsync(yaml, namespaceName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies manifests, pointing the example apiUrl at this simulator.</summary>
    /// <param name="yaml">The manifests.</param>
    /// <param name="defaultNamespace">The namespace of objects that name none.</param>
    /// <param name="cancellationToken">Stops the calls.</param>
    public Task<IReadOnlyList<string>> ApplyAsync(string yaml, string defaultNamespace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var pointed = yaml.Replace(ExampleApiUrl, Simulator.ApiUrl.ToString().TrimEnd('/'), StringComparison.Ordinal);

        return new ManifestApplier(Kubernetes).ApplyAsync(pointed, defaultNamespace, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopOperatorAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_operatorRun is not null)
        {
            try
            {
                await _operatorRun.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }

        Kubernetes.Dispose();
        await Simulator.DisposeAsync().ConfigureAwait(false);
        await Emulator.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task InstallCrdsAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in CustomResourceDefinitions.All)
        {
            await Kubernetes.ApiextensionsV1.CreateCustomResourceDefinitionAsync(definition, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static V1Secret NewSecret(string namespaceName, string name, string key, string value) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = namespaceName },
        Data = new Dictionary<string, byte[]> { [key] = Encoding.UTF8.GetBytes(value) },
    };

    private static SimulatorSeed Seed(string token) => new()
    {
        Sites =
        [
            new SeedSite
            {
                Id = SiteId,
                Tokens = [new SeedToken { Value = token, Permissions = [new SeedPermission { Folder = string.Empty, Actions = ["read", "generate"] }] }],
                DynamicSecrets = [new SeedDynamicSecret { Path = DynamicSecretPath, Type = "aws", TtlSeconds = 3600, IncludeSessionToken = true }],
            },
        ],
    };
}
