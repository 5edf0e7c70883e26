using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Client;

public sealed class GarbageCollectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteOwner_Background_DeletesOwnedSecret()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        V1ConfigMap owner = await CreateOwnerAsync(host);
        await CreateDependentAsync(host, owner, finalizer: null);

        await host.Client.CoreV1.DeleteNamespacedConfigMapAsync("owner", "default", cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CoreV1.ReadNamespacedSecretAsync("owned", "default", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.NotFound, error.Response.StatusCode);
    }

    [Fact]
    public async Task DeleteOwner_Orphan_KeepsSecretWithoutReference()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        V1ConfigMap owner = await CreateOwnerAsync(host);
        await CreateDependentAsync(host, owner, finalizer: null);

        await host.Client.CoreV1.DeleteNamespacedConfigMapAsync("owner", "default", propagationPolicy: "Orphan", cancellationToken: Ct);
        V1Secret kept = await host.Client.CoreV1.ReadNamespacedSecretAsync("owned", "default", cancellationToken: Ct);

        Assert.Null(kept.Metadata.OwnerReferences);
    }

    [Fact]
    public async Task DeleteOwner_Foreground_WaitsForDependents()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        V1ConfigMap owner = await CreateOwnerAsync(host);
        await CreateDependentAsync(host, owner, finalizer: "example.com/hold");

        await host.Client.CoreV1.DeleteNamespacedConfigMapAsync("owner", "default", propagationPolicy: "Foreground", cancellationToken: Ct);
        V1ConfigMap waiting = await host.Client.CoreV1.ReadNamespacedConfigMapAsync("owner", "default", cancellationToken: Ct);
        V1Secret dependent = await host.Client.CoreV1.ReadNamespacedSecretAsync("owned", "default", cancellationToken: Ct);
        await host.Client.CoreV1.PatchNamespacedSecretAsync(new V1Patch("{\"metadata\":{\"finalizers\":null}}", V1Patch.PatchType.MergePatch), "owned", "default", cancellationToken: Ct);
        var ownerGone = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CoreV1.ReadNamespacedConfigMapAsync("owner", "default", cancellationToken: Ct));

        Assert.NotNull(waiting.Metadata.DeletionTimestamp);
        Assert.Contains("foregroundDeletion", waiting.Metadata.Finalizers);
        Assert.NotNull(dependent.Metadata.DeletionTimestamp);
        Assert.Equal(HttpStatusCode.NotFound, ownerGone.Response.StatusCode);
    }

    private static Task<V1ConfigMap> CreateOwnerAsync(EmulatorHost host) =>
        host.Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "owner" } }, "default", cancellationToken: Ct);

    private static Task<V1Secret> CreateDependentAsync(EmulatorHost host, V1ConfigMap owner, string? finalizer)
    {
        var secret = new V1Secret
        {
            Metadata = new V1ObjectMeta
            {
                Name = "owned",
                OwnerReferences =
                [
                    new V1OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = owner.Metadata.Name, Uid = owner.Metadata.Uid, BlockOwnerDeletion = true, Controller = true },
                ],
                Finalizers = finalizer is null ? null : [finalizer],
            },
        };

        return host.Client.CoreV1.CreateNamespacedSecretAsync(secret, "default", cancellationToken: Ct);
    }
}
