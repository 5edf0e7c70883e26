using System.Text;
using Btwc.Simulator;
using k8s;
using k8s.Models;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>The creation and deletion policies of <c>spec.target</c>, end to end.</summary>
public sealed class CreationPolicyTests
{
    [Fact]
    public async Task Owner_SetsControllerReferenceAndSecretIsCollectedWithTheExternalSecret()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await stack.WaitForReadyAsync("es");
        var secret = await stack.GetSecretAsync("target");
        await stack.Kubernetes.CustomObjects.DeleteNamespacedCustomObjectAsync("external-secrets.io", "v1", OperatorStack.Namespace, "externalsecrets", "es");

        var owner = Assert.Single(secret!.Metadata.OwnerReferences);
        Assert.True(owner.Controller);
        Assert.Equal("ExternalSecret", owner.Kind);
        await Eventually.TrueAsync(async () => await stack.GetSecretAsync("target") is null, failureMessage: () => "the owned Secret was not garbage-collected");
    }

    [Fact]
    public async Task Orphan_KeepsTheSecretAfterTheExternalSecretIsDeleted()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", creationPolicy: "Orphan"));
        await stack.WaitForReadyAsync("es");
        await stack.Kubernetes.CustomObjects.DeleteNamespacedCustomObjectAsync("external-secrets.io", "v1", OperatorStack.Namespace, "externalsecrets", "es");
        await Eventually.TrueAsync(async () => await stack.GetExternalSecretAsync("es") is null);

        var secret = await stack.GetSecretAsync("target");
        Assert.NotNull(secret);
        Assert.Null(secret.Metadata.OwnerReferences);
    }

    [Fact]
    public async Task Merge_KeepsForeignKeysOfAnExistingSecret()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        await stack.Kubernetes.CoreV1.CreateNamespacedSecretAsync(
            new V1Secret { Metadata = new V1ObjectMeta { Name = "target" }, Data = new Dictionary<string, byte[]> { ["app-key"] = "keep me"u8.ToArray() } },
            OperatorStack.Namespace);

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", creationPolicy: "Merge"));
        await stack.WaitForReadyAsync("es");

        var secret = await stack.GetSecretAsync("target");
        Assert.Equal("keep me", Encoding.UTF8.GetString(secret!.Data["app-key"]));
        Assert.Contains("accessKeyId", secret.Data.Keys);
    }

    [Fact]
    public async Task MergeWithoutTarget_NeverMints()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", creationPolicy: "Merge"));
        var ready = await stack.WaitForReadyAsync("es", reason: "SecretMissing");

        Assert.Equal("secret will not be created due to CreationPolicy=Merge", ready.Message);
        Assert.Null(await stack.GetSecretAsync("target"));
        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task None_NeverMintsAndWritesNothing()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", creationPolicy: "None"));
        await stack.WaitForReadyAsync("es");

        Assert.Null(await stack.GetSecretAsync("target"));
        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task CreateOrMerge_CreatesWithoutOwnerAndKeepsItOnDeletion()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", creationPolicy: "CreateOrMerge"));
        await stack.WaitForReadyAsync("es");
        await stack.Kubernetes.CustomObjects.DeleteNamespacedCustomObjectAsync("external-secrets.io", "v1", OperatorStack.Namespace, "externalsecrets", "es");
        await Eventually.TrueAsync(async () => await stack.GetExternalSecretAsync("es") is null);

        var secret = await stack.GetSecretAsync("target");
        Assert.NotNull(secret);
        Assert.Null(secret.Metadata.OwnerReferences);
    }

    [Fact]
    public async Task DeletionPolicyDelete_DeletesTheOwnedSecretThroughTheFinalizer()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target", deletionPolicy: "Delete"));
        await stack.WaitForReadyAsync("es");
        var withFinalizer = await stack.GetExternalSecretAsync("es");
        await stack.Kubernetes.CustomObjects.DeleteNamespacedCustomObjectAsync("external-secrets.io", "v1", OperatorStack.Namespace, "externalsecrets", "es");

        Assert.Contains("externalsecrets.external-secrets.io/externalsecret-cleanup", withFinalizer!.Metadata.Finalizers);
        await Eventually.TrueAsync(async () => await stack.GetExternalSecretAsync("es") is null, failureMessage: () => "the finalizer was not removed");
        await Eventually.TrueAsync(async () => await stack.GetSecretAsync("target") is null, failureMessage: () => "the target was not deleted");
    }

    [Fact]
    public async Task DeletedTarget_IsRecreatedWithOneNewCredential()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await stack.WaitForReadyAsync("es");

        await stack.Kubernetes.CoreV1.DeleteNamespacedSecretAsync("target", OperatorStack.Namespace);

        await Eventually.TrueAsync(async () => await stack.GetSecretAsync("target") is not null, failureMessage: () => "the deleted target was not recreated");
        Assert.Equal(2, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task Owner_RenamedTarget_DeletesTheOldSecret()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "old-name"));
        await stack.WaitForReadyAsync("es");

        await stack.ApplyAsync(Manifests.ExternalSecret("es", "new-name"));

        await Eventually.TrueAsync(async () => await stack.GetSecretAsync("new-name") is not null, failureMessage: () => "the renamed target was not created");
        await Eventually.TrueAsync(async () => await stack.GetSecretAsync("old-name") is null, failureMessage: () => "the old target was not deleted");
        await stack.WaitForEventAsync("es", item => item.Reason == "Deleted" && item.Message == "secret deleted because it was orphaned", "Deleted for the orphaned Secret");
    }
}
