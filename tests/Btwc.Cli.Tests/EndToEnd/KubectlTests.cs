using Btwc.Cli.Dev;
using Btwc.Simulator;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>The product document's workflow driven by the real kubectl.</summary>
public sealed class KubectlTests
{
    [Fact]
    public async Task CompleteExample_AppliedWithKubectl_BecomesReady()
    {
        await using var stack = await OperatorStack.StartAsync();
        var kubectl = Kubectl.Require(stack.Stack.KubeconfigPath);
        var folder = Path.Combine(OperatorStack.RepositoryRoot(), "examples", "complete");
        var manifests = string.Join("\n---\n", Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText))
            .Replace(DevStack.ExampleApiUrl, stack.Simulator.ApiUrl.ToString().TrimEnd('/'), StringComparison.Ordinal);

        await kubectl.RunOkAsync("apply -f -", manifests);
        await kubectl.RunOkAsync("wait --for=condition=Ready externalsecret/app-aws-credentials -n external-secrets --timeout=30s");
        var table = await kubectl.RunOkAsync("get externalsecrets -n external-secrets");
        var wide = await kubectl.RunOkAsync("get es -n external-secrets -o wide");
        var describe = await kubectl.RunOkAsync("describe externalsecret app-aws-credentials -n external-secrets");
        var keys = await kubectl.RunOkAsync("get secret aws-temp-credentials -n external-secrets -o jsonpath={.data}");

        Assert.Contains("REFRESH INTERVAL", table, StringComparison.Ordinal);
        Assert.Contains("SecretSynced", table, StringComparison.Ordinal);
        Assert.Contains("EXPIRES", wide, StringComparison.Ordinal);
        Assert.Contains("secret created", describe, StringComparison.Ordinal);
        foreach (var key in new[] { "accessKeyId", "secretAccessKey", "sessionToken", "leaseId", "expiration" })
        {
            Assert.Contains($"\"{key}\"", keys, StringComparison.Ordinal);
        }

        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task DeletingTheExternalSecretWithKubectl_CollectsTheOwnedSecret()
    {
        await using var stack = await OperatorStack.StartAsync();
        var kubectl = Kubectl.Require(stack.Stack.KubeconfigPath);
        var generator = Manifests.Generator().Replace(DevStack.ExampleApiUrl, stack.Simulator.ApiUrl.ToString().TrimEnd('/'), StringComparison.Ordinal);

        await kubectl.RunOkAsync("apply -n external-secrets -f -", generator);
        await kubectl.RunOkAsync("apply -n external-secrets -f -", Manifests.ExternalSecret("es", "target"));
        await kubectl.RunOkAsync("wait --for=condition=Ready externalsecret/es -n external-secrets --timeout=30s");
        await kubectl.RunOkAsync("delete externalsecret es -n external-secrets --wait=true");

        await Eventually.TrueAsync(async () => await stack.GetSecretAsync("target") is null, failureMessage: () => "the owned Secret survived kubectl delete");
    }
}
