using Btwc.Operator.Api;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Kubernetes;
using Btwc.Operator.Runtime.Informers;
using Btwc.Operator.Tests.Runtime.Support;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Tests.Kubernetes;

/// <summary>
/// How <see cref="ExternalSecretApi"/> reads: from the informer caches when they hold this process's latest
/// write, from the API server otherwise, and without an exception for a missing object.
/// </summary>
public sealed class ExternalSecretApiReadTests
{
    private const string Namespace = "default";
    private const string ManagedLabel = "reconcile.external-secrets.io/managed";

    [Fact]
    public async Task GetSecret_Missing_ReturnsNullWithOneRequest()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var api = new ExternalSecretApi(emulator.Client);

        var secret = await api.GetSecretAsync(Namespace, "absent", TestContext.Current.CancellationToken);

        Assert.Null(secret);
        Assert.Equal(1, emulator.Server.Journal.Count("get", "secrets", Namespace, "absent"));
    }

    [Fact]
    public async Task GetSecret_BearerToken_SendsCredentials()
    {
        await using var emulator = await EmulatorFixture.StartAsync(options => options.BearerToken = "emulator-test-token");
        using var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = emulator.Server.BaseUrl.ToString(), AccessToken = "emulator-test-token" });
        var ct = TestContext.Current.CancellationToken;
        await client.CoreV1.CreateNamespacedSecretAsync(Secret("present", "v1"), Namespace, cancellationToken: ct);
        var api = new ExternalSecretApi(client);

        var secret = await api.GetSecretAsync(Namespace, "present", ct);
        var missing = await api.GetSecretAsync(Namespace, "absent", ct);

        Assert.Equal("v1", Value(secret));
        Assert.Null(missing);
        Assert.Equal(1, emulator.Server.Journal.Count("get", "secrets", Namespace, "present"));
    }

    [Fact]
    public async Task GetSecret_Cached_ReturnsCopy()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informers = await Informers.StartWithTargetAsync(emulator, ct);
        var api = informers.Api;
        emulator.Server.Journal.Clear();

        var first = await api.GetSecretAsync(Namespace, "target", ct);
        first!.Data["key"] = "changed by the caller"u8.ToArray();
        var second = await api.GetSecretAsync(Namespace, "target", ct);

        Assert.Equal("v1", Value(second));
        Assert.Equal(0, emulator.Server.Journal.Count("get", "secrets"));
    }

    [Fact]
    public async Task GetSecret_UndeliveredWrite_ReadsLive()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informers = await Informers.StartWithTargetAsync(emulator, ct);
        var api = informers.Api;
        var current = await api.GetSecretAsync(Namespace, "target", ct);

        // With the watch stopped the cache keeps v1, so only a live read can return v2.
        await informers.Secrets.StopAsync();
        current!.Data["key"] = "v2"u8.ToArray();
        await api.ReplaceSecretAsync(current, "test", ct);
        emulator.Server.Journal.Clear();
        var afterWrite = await api.GetSecretAsync(Namespace, "target", ct);

        Assert.Equal("v2", Value(afterWrite));
        Assert.Equal(1, emulator.Server.Journal.Count("get", "secrets", Namespace, "target"));
        Assert.True(informers.Secrets.TryGet(Namespace, "target", out var stale));
        Assert.Equal("v1", Value(stale));
    }

    [Fact]
    public async Task GetSecret_DeliveredWrite_ReadsCache()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informers = await Informers.StartWithTargetAsync(emulator, ct);
        var api = informers.Api;
        var current = await api.GetSecretAsync(Namespace, "target", ct);

        current!.Data["key"] = "v2"u8.ToArray();
        await api.ReplaceSecretAsync(current, "test", ct);
        await Eventually.TrueAsync(() => informers.Caches.PendingWrites == 0, "the informer delivers the write");
        emulator.Server.Journal.Clear();
        var afterWrite = await api.GetSecretAsync(Namespace, "target", ct);

        Assert.Equal("v2", Value(afterWrite));
        Assert.Equal(0, emulator.Server.Journal.Count("get", "secrets"));
    }

    [Fact]
    public async Task GetSecret_OwnDelete_ReadsLive()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informers = await Informers.StartWithTargetAsync(emulator, ct);
        var api = informers.Api;
        var created = await api.GetSecretAsync(Namespace, "target", ct);

        await informers.Secrets.StopAsync();
        await api.DeleteSecretAsync(Namespace, "target", created!.Metadata.Uid, ct);
        var afterDelete = await api.GetSecretAsync(Namespace, "target", ct);

        Assert.Null(afterDelete);
    }

    [Fact]
    public async Task GetExternalSecret_UndeliveredStatus_ReadsLive()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informers = await Informers.StartWithExternalSecretAsync(emulator, ct);
        var api = informers.Api;
        emulator.Server.Journal.Clear();
        var current = await api.GetExternalSecretAsync(Namespace, "es", ct);
        Assert.Null(current!.Status?.SyncedResourceVersion);
        Assert.Equal(0, emulator.Server.Journal.Count("get", ExternalSecret.KubePluralName));

        await informers.ExternalSecrets.StopAsync();
        current.Status = new ExternalSecretStatus { SyncedResourceVersion = "1-abc" };
        await api.ReplaceStatusAsync(current, ct);
        var afterWrite = await api.GetExternalSecretAsync(Namespace, "es", ct);

        Assert.Equal("1-abc", afterWrite!.Status?.SyncedResourceVersion);
    }

    [Fact]
    public async Task IsCurrent_UnchangedThenDeleted()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var informers = await Informers.StartWithExternalSecretAsync(emulator, ct);
        var api = informers.Api;
        var cached = await api.GetExternalSecretAsync(Namespace, "es", ct);

        var whileUnchanged = await api.IsCurrentAsync(cached!, ct);
        await informers.ExternalSecrets.StopAsync();
        await emulator.Client.CustomObjects.DeleteNamespacedCustomObjectAsync(ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, Namespace, ExternalSecret.KubePluralName, "es", cancellationToken: ct);
        var afterDelete = await api.IsCurrentAsync(cached!, ct);
        var readAfterDelete = await api.GetExternalSecretAsync(Namespace, "es", ct);

        Assert.True(whileUnchanged);
        Assert.False(afterDelete);
        Assert.Null(readAfterDelete);
    }

    private static V1Secret Secret(string name, string value) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = Namespace, Labels = new Dictionary<string, string> { [ManagedLabel] = "true" } },
        Data = new Dictionary<string, byte[]> { ["key"] = System.Text.Encoding.UTF8.GetBytes(value) },
    };

    private static ExternalSecret ExternalSecretObject(string name) => new()
    {
        ApiVersion = $"{ExternalSecretsGroup.Name}/{ExternalSecretsGroup.Version}",
        Kind = "ExternalSecret",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = Namespace },
        Spec = new ExternalSecretSpec { RefreshInterval = "1h", Target = new ExternalSecretTarget { Name = name } },
    };

    private static string? Value(V1Secret? secret) =>
        secret?.Data?.TryGetValue("key", out var bytes) == true ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The two informers <see cref="ReadCaches"/> reads from, started and synced.</summary>
    private sealed class Informers : IAsyncDisposable
    {
        private Informers(EmulatorFixture emulator, Informer<ExternalSecret> externalSecrets, Informer<V1Secret> secrets)
        {
            ExternalSecrets = externalSecrets;
            Secrets = secrets;
            Caches = new ReadCaches(externalSecrets, secrets);
            Api = new ExternalSecretApi(emulator.Client, Caches);
        }

        public Informer<ExternalSecret> ExternalSecrets { get; }

        public Informer<V1Secret> Secrets { get; }

        public ReadCaches Caches { get; }

        public ExternalSecretApi Api { get; }

        /// <summary>Registers the CRDs, creates the ExternalSecret "es", then starts and syncs both informers.</summary>
        public static async Task<Informers> StartWithExternalSecretAsync(EmulatorFixture emulator, CancellationToken cancellationToken)
        {
            foreach (var definition in CustomResourceDefinitions.All)
            {
                await emulator.Client.ApiextensionsV1.CreateCustomResourceDefinitionAsync(definition, cancellationToken: cancellationToken);
            }

            await emulator.Client.CustomObjects.CreateNamespacedCustomObjectAsync(
                ExternalSecretObject("es"), ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, Namespace, ExternalSecret.KubePluralName, cancellationToken: cancellationToken);

            return await StartAsync(emulator, cancellationToken, syncExternalSecrets: true);
        }

        /// <summary>Creates the managed Secret "target" with value v1, then starts the informers.</summary>
        public static async Task<Informers> StartWithTargetAsync(EmulatorFixture emulator, CancellationToken cancellationToken)
        {
            await emulator.Client.CoreV1.CreateNamespacedSecretAsync(Secret("target", "v1"), Namespace, cancellationToken: cancellationToken);

            return await StartAsync(emulator, cancellationToken);
        }

        /// <summary>Starts both informers and waits for the Secret one; with <paramref name="syncExternalSecrets"/> (which needs the CRDs) for both.</summary>
        public static async Task<Informers> StartAsync(EmulatorFixture emulator, CancellationToken cancellationToken, bool syncExternalSecrets = false)
        {
            var externalSecrets = new Informer<ExternalSecret>(KubernetesResources.Custom<ExternalSecret>(emulator.Client), new InformerOptions { InitialReconnectDelay = TimeSpan.FromMilliseconds(200) });
            var secrets = new Informer<V1Secret>(KubernetesResources.Secrets(emulator.Client), new InformerOptions { LabelSelector = ManagedLabel + "=true" });
            var informers = new Informers(emulator, externalSecrets, secrets);
            secrets.Start();
            await secrets.WaitForSyncAsync(cancellationToken);
            externalSecrets.Start();
            if (syncExternalSecrets)
            {
                await externalSecrets.WaitForSyncAsync(cancellationToken);
            }

            return informers;
        }

        public async ValueTask DisposeAsync()
        {
            await ExternalSecrets.DisposeAsync();
            await Secrets.DisposeAsync();
        }
    }
}
