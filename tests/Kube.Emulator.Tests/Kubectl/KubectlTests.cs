using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Kubectl;

public sealed class KubectlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateSecretGeneric_ThenGetYamlAndDelete_Works()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        using var kubectl = Support.Kubectl.For(host.Server);

        KubectlResult created = await kubectl.RunAsync("create", "secret", "generic", "db", "--from-literal=password=pw1");
        KubectlResult table = await kubectl.RunAsync("get", "secrets");
        KubectlResult yaml = await kubectl.RunAsync("get", "secret", "db", "-o", "yaml");
        KubectlResult deleted = await kubectl.RunAsync("delete", "secret", "db");
        KubectlResult after = await kubectl.RunAsync("get", "secret", "db");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("secret/db created", created.Output, StringComparison.Ordinal);
        Assert.Matches(@"NAME\s+TYPE\s+DATA\s+AGE", table.Output);
        Assert.Matches(@"db\s+Opaque\s+1\s+", table.Output);
        Assert.Contains("password: cHcx", yaml.Output, StringComparison.Ordinal);
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.NotEqual(0, after.ExitCode);
        Assert.Contains("NotFound", after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyCrdAndObjects_DefaultValidation_ShowsPrinterColumns()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        using var kubectl = Support.Kubectl.For(host.Server);
        string crd = kubectl.WriteFile("crd.yaml", TestManifests.WidgetCrdYaml);
        string widget = kubectl.WriteFile("widget.yaml", TestManifests.WidgetYaml("w1", 3));
        string bad = kubectl.WriteFile("bad.yaml", TestManifests.WidgetYaml("w2", 3) + "\n  bogus: true\n");

        KubectlResult crdApplied = await kubectl.RunAsync("apply", "-f", crd);
        KubectlResult established = await kubectl.RunAsync("wait", "--for=condition=Established", "crd/widgets.example.com", "--timeout=10s");
        KubectlResult applied = await kubectl.RunAsync("apply", "-f", widget);
        KubectlResult reapplied = await kubectl.RunAsync("apply", "-f", widget);
        KubectlResult rejected = await kubectl.RunAsync("apply", "-f", bad);
        KubectlResult table = await kubectl.RunAsync("get", "widgets");
        KubectlResult shortName = await kubectl.RunAsync("get", "wd", "w1", "-o", "jsonpath={.spec.color}");

        Assert.True(crdApplied.ExitCode == 0, crdApplied.ToString());
        Assert.True(established.ExitCode == 0, established.ToString());
        Assert.True(applied.ExitCode == 0, applied.ToString());
        Assert.Contains("widget.example.com/w1 created", applied.Output, StringComparison.Ordinal);
        Assert.Contains("widget.example.com/w1 unchanged", reapplied.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("unknown field \"spec.bogus\"", rejected.Error, StringComparison.Ordinal);
        Assert.Matches(@"NAME\s+SIZE\s+READY\s+AGE", table.Output);
        Assert.Matches(@"w1\s+3\s+", table.Output);
        Assert.Equal("red", shortName.Output);
    }

    [Fact]
    public async Task WaitForReady_StatusSetByTest_Succeeds()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        using var kubectl = Support.Kubectl.For(host.Server);
        await host.CreateWidgetCrdAsync();
        await kubectl.RunAsync("apply", "-f", kubectl.WriteFile("widget.yaml", TestManifests.WidgetYaml("w1", 3)));

        Task<KubectlResult> waiting = kubectl.RunAsync("wait", "--for=condition=Ready", "widget/w1", "--timeout=20s");
        var patch = new V1Patch("{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\",\"reason\":\"Synced\"}]}}", V1Patch.PatchType.MergePatch);
        await host.Client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(patch, "example.com", "v1", "default", "widgets", "w1", cancellationToken: Ct);
        KubectlResult result = await waiting;
        KubectlResult table = await kubectl.RunAsync("get", "widgets");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("condition met", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"w1\s+3\s+True\s+", table.Output);
    }

    [Fact]
    public async Task Describe_CustomObject_ShowsEvents()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        using var kubectl = Support.Kubectl.For(host.Server);
        await host.CreateWidgetCrdAsync();
        await kubectl.RunAsync("apply", "-f", kubectl.WriteFile("widget.yaml", TestManifests.WidgetYaml("w1", 3)));
        var widget = (System.Text.Json.JsonElement)await host.Client.CustomObjects.GetNamespacedCustomObjectAsync("example.com", "v1", "default", "widgets", "w1", cancellationToken: Ct);
        string uid = widget.GetProperty("metadata").GetProperty("uid").GetString()!;
        var recorded = new Eventsv1Event
        {
            Metadata = new V1ObjectMeta { Name = "w1.synced", NamespaceProperty = "default" },
            EventTime = DateTime.UtcNow,
            ReportingController = "example.com/widget-controller",
            ReportingInstance = "widget-controller-0",
            Action = "Sync",
            Reason = "Synced",
            Note = "widget synced from the store",
            Type = "Normal",
            Regarding = new V1ObjectReference { ApiVersion = "example.com/v1", Kind = "Widget", Name = "w1", NamespaceProperty = "default", Uid = uid },
        };
        await host.Client.EventsV1.CreateNamespacedEventAsync(recorded, "default", cancellationToken: Ct);

        KubectlResult described = await kubectl.RunAsync("describe", "widget", "w1");
        KubectlResult events = await kubectl.RunAsync("get", "events");

        Assert.True(described.ExitCode == 0, described.ToString());
        Assert.Contains("Events:", described.Output, StringComparison.Ordinal);
        Assert.Matches(@"Normal\s+Synced\s+.*widget synced from the store", described.Output);
        Assert.Contains("widget/w1", events.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteCustomObject_WaitsUntilGone()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        using var kubectl = Support.Kubectl.For(host.Server);
        await host.CreateWidgetCrdAsync();
        await kubectl.RunAsync("apply", "-f", kubectl.WriteFile("widget.yaml", TestManifests.WidgetYaml("w1", 3)));

        KubectlResult deleted = await kubectl.RunAsync("delete", "widget", "w1");
        (int status, JsonNode? _) = await host.SendAsync(HttpMethod.Get, "apis/example.com/v1/namespaces/default/widgets/w1");

        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Contains("widget.example.com \"w1\" deleted", deleted.Output, StringComparison.Ordinal);
        Assert.Equal(404, status);
    }
}
