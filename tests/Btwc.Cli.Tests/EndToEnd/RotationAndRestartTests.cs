using System.Text;
using System.Text.Json;
using Btwc.Cli.Dev;
using Btwc.Simulator;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>Token rotation, scheduled refreshes on a fake clock, and restarts that must not mint.</summary>
public sealed class RotationAndRestartTests
{
    [Fact]
    public async Task TokenRotation_IsPickedUpWithoutRestart()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await stack.WaitForReadyAsync("es");
        var firstLease = (await stack.GetExternalSecretAsync("es"))!.Status!.Lease!.Id;

        const string RotatedToken = "btwc-rotated-token-9c2f";
        stack.Simulator.State.AddToken(DevStack.SiteId, RotatedToken, [TokenPermission.All]);
        var tokenSecret = await stack.Kubernetes.CoreV1.ReadNamespacedSecretAsync("api-token", OperatorStack.Namespace);
        tokenSecret.Data["token"] = Encoding.UTF8.GetBytes(RotatedToken);
        await stack.Kubernetes.CoreV1.ReplaceNamespacedSecretAsync(tokenSecret, "api-token", OperatorStack.Namespace);
        stack.Simulator.State.RevokeToken(DevStack.SiteId, stack.Stack.Token);
        await ForceSyncAsync(stack, "es", "1");

        await Eventually.TrueAsync(async () => (await stack.GetExternalSecretAsync("es"))!.Status!.Lease!.Id != firstLease, failureMessage: () => "no new lease after rotation");
        var ready = await stack.WaitForReadyAsync("es");
        Assert.Equal("SecretSynced", ready.Reason);
        Assert.Equal(2, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate, 201));
        Assert.DoesNotContain(RotatedToken, await stack.ObservableTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledRefresh_MintsOnceBeforeTheCredentialExpires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await OperatorStack.StartAsync(time);
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", refreshInterval: "2h"));
        await stack.WaitForReadyAsync("es");
        var first = (await stack.GetExternalSecretAsync("es"))!.Status!;

        time.Advance(TimeSpan.FromMinutes(47));

        await Eventually.TrueAsync(async () => (await stack.GetExternalSecretAsync("es"))!.Status!.Lease!.Id != first.Lease!.Id, failureMessage: () => "the credential was not refreshed before expiry");
        var second = (await stack.GetExternalSecretAsync("es"))!.Status!;
        Assert.Equal(2, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
        Assert.True(second.Lease!.IssuedAt < first.Lease!.Expiration, "the new credential must be issued before the old one expires");
        await stack.WaitForEventAsync("es", item => item.Reason == "RefreshIntervalExceedsLifetime", "RefreshIntervalExceedsLifetime");
    }

    [Fact]
    public async Task IntervalWarning_OncePerGeneratorChange()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await OperatorStack.StartAsync(time);
        stack.Simulator.State.PutDynamicSecret(DevStack.SiteId, "production/aws-temp-b", new DynamicSecretDefinition { TtlSeconds = 3600 });
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", refreshInterval: "2h"));
        await stack.WaitForSyncsAsync(1);
        await stack.WaitForEventAsync("es", item => item.Reason == "RefreshIntervalExceedsLifetime", "RefreshIntervalExceedsLifetime");

        // A refresh with the same generator and interval does not warn again.
        time.Advance(TimeSpan.FromMinutes(47));
        await stack.WaitForSyncsAsync(2);
        var afterSameGenerator = await IntervalWarningsAsync(stack);

        // An edited generator warns once more at its first refresh.
        await stack.ApplyAsync(Manifests.Generator(folderPath: "production/aws-temp-b"));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        time.Advance(TimeSpan.FromMinutes(47));
        await stack.WaitForSyncsAsync(3);
        await Eventually.TrueAsync(async () => await IntervalWarningsAsync(stack) == 2, failureMessage: () => "the edited generator did not warn again");

        Assert.Equal(1, afterSameGenerator);
        Assert.Equal(3, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    private static async Task<int> IntervalWarningsAsync(OperatorStack stack) =>
        (await stack.EventsForAsync("es")).Where(item => item.Reason == "RefreshIntervalExceedsLifetime").Sum(item => item.Count ?? 1);

    [Fact]
    public async Task Restart_WithEverythingFresh_MintsNothing()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es-1", "target-1"));
        await stack.ApplyAsync(Manifests.ExternalSecret("es-2", "target-2"));
        await stack.WaitForReadyAsync("es-1");
        await stack.WaitForReadyAsync("es-2");

        await stack.Stack.StopOperatorAsync();
        stack.Simulator.Journal.Clear();
        await stack.StartOperatorAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
        await stack.WaitForReadyAsync("es-1");
    }

    [Fact]
    public async Task Restart_WithOverdueCredential_RefreshesOnlyThatOne()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await OperatorStack.StartAsync(time);
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("short", "target-short", refreshInterval: "10m"));
        await stack.ApplyAsync(Manifests.ExternalSecret("long", "target-long", refreshInterval: "24h"));
        await stack.WaitForReadyAsync("short");
        await stack.WaitForReadyAsync("long");

        await stack.Stack.StopOperatorAsync();
        stack.Simulator.Journal.Clear();
        time.Advance(TimeSpan.FromMinutes(11));
        await stack.StartOperatorAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(31));

        await Eventually.TrueAsync(() => Task.FromResult(stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate) == 1), failureMessage: () => $"expected one refresh, saw {stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate)}");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    private static async Task ForceSyncAsync(OperatorStack stack, string name, string value)
    {
        var patch = JsonSerializer.Serialize(new { metadata = new { annotations = new Dictionary<string, string> { ["external-secrets.io/force-sync"] = value } } });
        await stack.Kubernetes.CustomObjects.PatchNamespacedCustomObjectAsync(
            new V1Patch(patch, V1Patch.PatchType.MergePatch), "external-secrets.io", "v1", OperatorStack.Namespace, "externalsecrets", name);
    }
}
