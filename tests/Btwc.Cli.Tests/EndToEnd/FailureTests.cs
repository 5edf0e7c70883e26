using Btwc.Cli.Dev;
using Btwc.Simulator;
using k8s;
using k8s.Models;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>Failures users hit: each ends as Ready=False with a precise reason and message, and a Warning event.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task WrongToken_ReportsAuthenticationFailureWithoutTheToken()
    {
        await using var stack = await OperatorStack.StartAsync();
        const string WrongToken = "canary-wrong-token-5d1e";
        await stack.Kubernetes.CoreV1.CreateNamespacedSecretAsync(
            new V1Secret { Metadata = new V1ObjectMeta { Name = "bad-token" }, StringData = new Dictionary<string, string> { ["token"] = WrongToken } },
            OperatorStack.Namespace);
        await stack.ApplyAsync(Manifests.Generator(tokenSecret: "bad-token"));

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        var ready = await stack.WaitForReadyAsync("es", status: "False");

        Assert.Equal("AuthenticationFailed", ready.Reason);
        Assert.Contains("401", ready.Message, StringComparison.Ordinal);
        Assert.Null(await stack.GetSecretAsync("target"));
        await stack.WaitForEventAsync("es", item => item.Type == "Warning" && item.Reason == "UpdateFailed", "a Warning UpdateFailed");
        Assert.DoesNotContain(WrongToken, await stack.ObservableTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingGenerator_IsReportedAndSyncsOnceTheGeneratorExists()
    {
        await using var stack = await OperatorStack.StartAsync();

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", generator: "later"));
        var missing = await stack.WaitForReadyAsync("es", status: "False");
        await stack.ApplyAsync(Manifests.Generator(name: "later"));

        Assert.Equal("InvalidGenerator", missing.Reason);
        Assert.Contains("\"later\" was not found", missing.Message, StringComparison.Ordinal);
        await stack.WaitForReadyAsync("es", timeout: TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task MissingTokenSecret_NamesTheSecretAndNamespace()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator(tokenSecret: "no-such-token"));

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        var ready = await stack.WaitForReadyAsync("es", status: "False");

        Assert.Equal("InvalidGenerator", ready.Reason);
        Assert.Contains("Secret \"no-such-token\" was not found in namespace \"external-secrets\"", ready.Message, StringComparison.Ordinal);
        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task WrongCa_ReportsTheUntrustedCertificate()
    {
        await using var stack = await OperatorStack.StartAsync();
        await using var other = await SimulatorServer.StartAsync(new SimulatorOptions { Port = 0 });
        await stack.Kubernetes.CoreV1.CreateNamespacedSecretAsync(
            new V1Secret { Metadata = new V1ObjectMeta { Name = "other-ca" }, StringData = new Dictionary<string, string> { ["ca.crt"] = other.CaCertificatePem } },
            OperatorStack.Namespace);
        await stack.ApplyAsync(Manifests.Generator(caSecret: "other-ca"));

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        var ready = await stack.WaitForReadyAsync("es", status: "False");

        Assert.Contains("certificate", ready.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task RateLimited_WaitsForRetryAfterInsteadOfLooping()
    {
        await using var stack = await OperatorStack.StartAsync();
        stack.Simulator.Faults.Set(new RouteFaults { TooManyRequestsFraction = 1, TooManyRequestsRetryAfterSeconds = 30 }, SimulatorRoute.DynamicGenerate);
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        var ready = await stack.WaitForReadyAsync("es", status: "False");
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal("RateLimited", ready.Reason);
        Assert.InRange(stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate), 1, 3);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9443/site", DevStack.SiteId, "production/aws-temp", "apiUrl")]
    [InlineData(DevStack.ExampleApiUrl, "not-a-uuid", "production/aws-temp", "siteId")]
    [InlineData(DevStack.ExampleApiUrl, DevStack.SiteId, "production/", "folderPath")]
    public async Task InvalidProviderSetting_IsAConditionAndAWarningEvent(string apiUrl, string siteId, string folderPath, string field)
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator(apiUrl: apiUrl, siteId: siteId, folderPath: folderPath));

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        var ready = await stack.WaitForReadyAsync("es", status: "False");

        Assert.Equal("InvalidGenerator", ready.Reason);
        Assert.Contains(field, ready.Message, StringComparison.Ordinal);
        await stack.WaitForEventAsync("es", item => item.Type == "Warning" && item.Message.Contains(field, StringComparison.Ordinal), $"a Warning naming {field}");
        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task UnsupportedField_IsReportedAndNothingIsMinted()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", extraSpec: "  data:\n    - secretKey: x\n      remoteRef:\n        key: y"));
        var ready = await stack.WaitForReadyAsync("es", status: "False", reason: "Unsupported");

        Assert.Contains("spec.data", ready.Message, StringComparison.Ordinal);
        Assert.Contains("not supported yet", ready.Message, StringComparison.Ordinal);
        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }
}
