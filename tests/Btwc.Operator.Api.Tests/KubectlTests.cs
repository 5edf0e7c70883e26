using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using k8s;
using k8s.Models;
using Kube.Emulator;

namespace Btwc.Operator.Api.Tests;

/// <summary>Installs the CRDs into the Kubernetes emulator and applies manifests with the real kubectl.</summary>
public sealed class KubectlTests : IAsyncLifetime
{
    private const string Namespace = "external-secrets";

    private readonly string directory = Directory.CreateTempSubdirectory("btwc-api-tests-").FullName;
    private KubeEmulatorServer? server;
    private Kubernetes? client;
    private Kubectl? kubectl;

    public async ValueTask InitializeAsync()
    {
        server = await KubeEmulatorServer.StartAsync(new KubeEmulatorOptions(), TestContext.Current.CancellationToken);
        var kubeconfig = server.WriteKubeconfig(Path.Combine(directory, "kubeconfig"));

        // NOTE: KubernetesClient rejects the emulator's token-less kubeconfig user, and kubectl sends no token over
        // plain HTTP, so kubectl reads the kubeconfig and the client is configured from the URL.
        client = new Kubernetes(new KubernetesClientConfiguration { Host = server.BaseUrl.ToString() });
        kubectl = new Kubectl(kubeconfig);

        foreach (var definition in CustomResourceDefinitions.All)
        {
            await client.ApiextensionsV1.CreateCustomResourceDefinitionAsync(definition, cancellationToken: TestContext.Current.CancellationToken);
        }

        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = Namespace } }, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task DocumentManifests_ApplyAndReadBackTyped()
    {
        string[] files = ["doc-complete-generator.yaml", "doc-complete-externalsecret.yaml", "doc-externalsecret-45m.yaml", "doc-reusability.yaml"];

        foreach (var file in files)
        {
            await kubectl!.RunOkAsync($"apply -n {Namespace} -f {ManifestPath(file)}");
        }

        var externalSecret = await client!.CustomObjects.GetNamespacedCustomObjectAsync<ExternalSecret>(
            ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, Namespace, ExternalSecret.KubePluralName, "app-1-aws-creds",
            cancellationToken: TestContext.Current.CancellationToken);
        var generator = await client.CustomObjects.GetNamespacedCustomObjectAsync<BeyondtrustWorkloadCredentialsDynamicSecret>(
            GeneratorsGroup.Name, GeneratorsGroup.Version, Namespace, BeyondtrustWorkloadCredentialsDynamicSecret.KubePluralName, "aws-dynamic-generator",
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("45m", externalSecret.Spec.RefreshInterval);
        Assert.Equal("app-1-aws-credentials", externalSecret.Spec.Target?.Name);
        Assert.Equal("production/aws-temp", generator.Spec.Provider?.FolderPath);
        Assert.Equal("a1b2c3d4-e5f6-7890-abcd-ef1234567890", generator.Spec.Provider?.Server?.SiteId);
    }

    [Fact]
    public async Task SchemaDefaults_FillUnsetFields()
    {
        const string manifest = """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: defaults
            spec:
              dataFrom:
              - sourceRef:
                  generatorRef:
                    kind: BeyondtrustWorkloadCredentialsDynamicSecret
                    name: aws-dynamic-generator
            """;

        await kubectl!.RunOkAsync($"apply -n {Namespace} -f -", manifest);
        var externalSecret = await client!.CustomObjects.GetNamespacedCustomObjectAsync<ExternalSecret>(
            ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, Namespace, ExternalSecret.KubePluralName, "defaults",
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("1h0m0s", externalSecret.Spec.RefreshInterval);
        Assert.Equal(CreationPolicy.Owner, externalSecret.Spec.Target?.CreationPolicy);
        Assert.Equal(DeletionPolicy.Retain, externalSecret.Spec.Target?.DeletionPolicy);
        Assert.Equal(GeneratorsGroup.ApiVersion, externalSecret.Spec.DataFrom![0].SourceRef?.GeneratorRef?.ApiVersion);
    }

    [Fact]
    public async Task GetExternalSecrets_WideAddsExpires()
    {
        await kubectl!.RunOkAsync($"apply -n {Namespace} -f {ManifestPath("doc-externalsecret-45m.yaml")}");

        var normal = await kubectl.RunOkAsync($"get es -n {Namespace}");
        var wide = await kubectl.RunOkAsync($"get externalsecrets -n {Namespace} -o wide");

        var normalHeader = normal.Split('\n')[0];
        var wideHeader = wide.Split('\n')[0];
        foreach (var column in new[] { "NAME", "STORETYPE", "STORE", "REFRESH INTERVAL", "STATUS", "READY", "LAST SYNC" })
        {
            Assert.Contains(column, normalHeader, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("EXPIRES", normalHeader, StringComparison.Ordinal);
        Assert.Contains("EXPIRES", wideHeader, StringComparison.Ordinal);
        Assert.Contains("45m", normal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreForAnotherProvider_IsRejected()
    {
        const string manifest = """
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata:
              name: vault
            spec:
              provider:
                vault:
                  server: https://vault.example:8200
            """;

        var (exitCode, _, error) = await kubectl!.RunAsync($"apply -n {Namespace} -f -", manifest);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("spec.provider.vault", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V1beta1Manifest_IsRejected()
    {
        const string manifest = """
            apiVersion: external-secrets.io/v1beta1
            kind: ExternalSecret
            metadata:
              name: old
            spec:
              target:
                name: old
            """;

        var (exitCode, _, error) = await kubectl!.RunAsync($"apply -n {Namespace} -f -", manifest);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("v1beta1", error, StringComparison.Ordinal);
    }

    private static string ManifestPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Manifests", fileName);
}
