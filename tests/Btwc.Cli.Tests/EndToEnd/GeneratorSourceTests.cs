using System.Text;
using Btwc.Cli.Dev;
using Btwc.Simulator;
using k8s;
using k8s.Models;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>The other ways to reach a generator and its CA: ClusterGenerator, inline caBundle, ConfigMap caProvider.</summary>
public sealed class GeneratorSourceTests
{
    [Fact]
    public async Task ClusterGenerator_RunsInTheExternalSecretNamespace()
    {
        await using var stack = await OperatorStack.StartAsync();
        var apiUrl = stack.Simulator.ApiUrl.ToString().TrimEnd('/');
        await stack.ApplyAsync($$"""
            apiVersion: generators.external-secrets.io/v1alpha1
            kind: ClusterGenerator
            metadata:
              name: cluster-gen
            spec:
              kind: BeyondtrustWorkloadCredentialsDynamicSecret
              generator:
                beyondtrustWorkloadCredentialsDynamicSecretSpec:
                  provider:
                    auth:
                      apikey:
                        token:
                          name: api-token
                          key: token
                    server:
                      apiUrl: "{{apiUrl}}"
                      siteId: "{{DevStack.SiteId}}"
                    folderPath: "{{DevStack.DynamicSecretPath}}"
                    caProvider:
                      type: Secret
                      name: my-ca-bundle
                      key: ca.crt
            """);

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", generator: "cluster-gen", generatorKind: "ClusterGenerator"));
        await stack.WaitForReadyAsync("es");

        Assert.Contains("accessKeyId", (await stack.GetSecretAsync("target"))!.Data.Keys);
        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task InlineCaBundle_IsTrusted()
    {
        await using var stack = await OperatorStack.StartAsync();
        var caBundle = Convert.ToBase64String(Encoding.UTF8.GetBytes(stack.Simulator.CaCertificatePem));
        var generator = Manifests.Generator().Replace(
            "    caProvider:\n      type: Secret\n      name: my-ca-bundle\n      key: ca.crt",
            $"    caBundle: {caBundle}",
            StringComparison.Ordinal);
        Assert.Contains("caBundle", generator, StringComparison.Ordinal);
        await stack.ApplyAsync(generator);

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await stack.WaitForReadyAsync("es");

        Assert.NotNull(await stack.GetSecretAsync("target"));
    }

    [Fact]
    public async Task ConfigMapCaProvider_IsTrusted()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.Kubernetes.CoreV1.CreateNamespacedConfigMapAsync(
            new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "ca-map" }, Data = new Dictionary<string, string> { ["ca.crt"] = stack.Simulator.CaCertificatePem } },
            OperatorStack.Namespace);
        var generator = Manifests.Generator().Replace("      type: Secret\n      name: my-ca-bundle", "      type: ConfigMap\n      name: ca-map", StringComparison.Ordinal);
        Assert.Contains("ConfigMap", generator, StringComparison.Ordinal);
        await stack.ApplyAsync(generator);

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await stack.WaitForReadyAsync("es");

        Assert.NotNull(await stack.GetSecretAsync("target"));
    }
}
