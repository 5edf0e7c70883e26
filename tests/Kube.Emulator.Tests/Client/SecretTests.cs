using System.Net;
using System.Text;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Client;

public sealed class SecretTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecretCrud_WithOfficialClient_RoundTrips()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        var secret = new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "db", Labels = new Dictionary<string, string> { ["app"] = "db" } },
            StringData = new Dictionary<string, string> { ["password"] = "pw1" },
        };

        V1Secret created = await host.Client.CoreV1.CreateNamespacedSecretAsync(secret, "default", cancellationToken: Ct);
        V1Secret read = await host.Client.CoreV1.ReadNamespacedSecretAsync("db", "default", cancellationToken: Ct);
        read.Data["user"] = Encoding.UTF8.GetBytes("app");
        V1Secret replaced = await host.Client.CoreV1.ReplaceNamespacedSecretAsync(read, "db", "default", cancellationToken: Ct);
        var patch = new V1Patch("{\"metadata\":{\"labels\":{\"tier\":\"backend\"}}}", V1Patch.PatchType.MergePatch);
        V1Secret patched = await host.Client.CoreV1.PatchNamespacedSecretAsync(patch, "db", "default", cancellationToken: Ct);
        V1SecretList list = await host.Client.CoreV1.ListNamespacedSecretAsync("default", labelSelector: "app=db,tier in (backend)", cancellationToken: Ct);
        await host.Client.CoreV1.DeleteNamespacedSecretAsync("db", "default", cancellationToken: Ct);
        var missing = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CoreV1.ReadNamespacedSecretAsync("db", "default", cancellationToken: Ct));

        Assert.Equal("pw1", Encoding.UTF8.GetString(created.Data["password"]));
        Assert.Null(created.StringData);
        Assert.Equal("Opaque", created.Type);
        Assert.False(string.IsNullOrEmpty(created.Metadata.Uid));
        Assert.NotNull(created.Metadata.CreationTimestamp);
        Assert.Equal("app", Encoding.UTF8.GetString(replaced.Data["user"]));
        Assert.True(long.Parse(replaced.Metadata.ResourceVersion) > long.Parse(created.Metadata.ResourceVersion));
        Assert.Equal("backend", patched.Metadata.Labels["tier"]);
        Assert.Equal("db", Assert.Single(list.Items).Metadata.Name);
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
    }

    [Fact]
    public async Task Create_ExistingName_ReturnsAlreadyExists()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        var secret = new V1Secret { Metadata = new V1ObjectMeta { Name = "twice" } };
        await host.Client.CoreV1.CreateNamespacedSecretAsync(secret, "default", cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CoreV1.CreateNamespacedSecretAsync(secret, "default", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.Conflict, error.Response.StatusCode);
        Assert.Contains("\"reason\":\"AlreadyExists\"", error.Response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_GenerateName_AppendsSuffix()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        V1Secret created = await host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { GenerateName = "gen-" } }, "default", cancellationToken: Ct);

        Assert.StartsWith("gen-", created.Metadata.Name, StringComparison.Ordinal);
        Assert.Equal(9, created.Metadata.Name.Length);
    }

    [Fact]
    public async Task Update_ImmutableSecretData_ReturnsInvalid()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        var secret = new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "frozen" },
            Immutable = true,
            Data = new Dictionary<string, byte[]> { ["k"] = "v"u8.ToArray() },
        };
        V1Secret created = await host.Client.CoreV1.CreateNamespacedSecretAsync(secret, "default", cancellationToken: Ct);
        created.Data["k"] = "changed"u8.ToArray();

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CoreV1.ReplaceNamespacedSecretAsync(created, "frozen", "default", cancellationToken: Ct));
        V1Secret stored = await host.Client.CoreV1.ReadNamespacedSecretAsync("frozen", "default", cancellationToken: Ct);

        Assert.Equal(422, (int)error.Response.StatusCode);
        Assert.Contains("field is immutable when `immutable` is set", error.Response.Content, StringComparison.Ordinal);
        Assert.Equal("v", Encoding.UTF8.GetString(stored.Data["k"]));
    }

    [Fact]
    public async Task Update_ChangedType_ReturnsInvalid()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        V1Secret created = await host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "typed" } }, "default", cancellationToken: Ct);
        created.Type = "kubernetes.io/basic-auth";
        created.StringData = new Dictionary<string, string> { ["username"] = "u" };

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CoreV1.ReplaceNamespacedSecretAsync(created, "typed", "default", cancellationToken: Ct));

        Assert.Equal(422, (int)error.Response.StatusCode);
        Assert.Contains("type: Invalid value", error.Response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingNamespace_ReturnsNotFound()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "s" } }, "nowhere", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.NotFound, error.Response.StatusCode);
        Assert.Contains("namespaces \\\"nowhere\\\" not found", error.Response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FieldSelectorOnType_FiltersSecrets()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "plain" } }, "default", cancellationToken: Ct);
        await host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "auth" }, Type = "kubernetes.io/basic-auth", StringData = new Dictionary<string, string> { ["username"] = "u" } }, "default", cancellationToken: Ct);

        V1SecretList basic = await host.Client.CoreV1.ListNamespacedSecretAsync("default", fieldSelector: "type=kubernetes.io/basic-auth", cancellationToken: Ct);
        V1SecretList notPlain = await host.Client.CoreV1.ListSecretForAllNamespacesAsync(fieldSelector: "metadata.name!=plain", cancellationToken: Ct);

        Assert.Equal("auth", Assert.Single(basic.Items).Metadata.Name);
        Assert.Equal("auth", Assert.Single(notPlain.Items).Metadata.Name);
    }

    [Fact]
    public async Task List_LimitAndContinue_PagesThroughAll()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        for (int i = 0; i < 7; i++)
        {
            await host.Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = $"s{i}" } }, "default", cancellationToken: Ct);
        }

        var names = new List<string>();
        string? token = null;
        int pages = 0;
        do
        {
            V1SecretList page = await host.Client.CoreV1.ListNamespacedSecretAsync("default", limit: 3, continueParameter: token, cancellationToken: Ct);
            names.AddRange(page.Items.Select(s => s.Metadata.Name));
            token = page.Metadata.ContinueProperty;
            pages++;
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(3, pages);
        Assert.Equal(["s0", "s1", "s2", "s3", "s4", "s5", "s6"], names);
    }
}
