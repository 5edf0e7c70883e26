using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Client;

public sealed class CustomObjectTests
{
    private const string Group = "example.com";
    private const string Version = "v1";
    private const string Plural = "widgets";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CustomObjectCrud_AfterCrdCreated_AppliesSchemaDefaults()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();

        JsonElement created = await CreateWidgetAsync(host, "w1", 3);
        JsonElement read = (JsonElement)await host.Client.CustomObjects.GetNamespacedCustomObjectAsync(Group, Version, "default", Plural, "w1", cancellationToken: Ct);
        var patch = new V1Patch("{\"spec\":{\"size\":5}}", V1Patch.PatchType.MergePatch);
        JsonElement patched = (JsonElement)await host.Client.CustomObjects.PatchNamespacedCustomObjectAsync(patch, Group, Version, "default", Plural, "w1", cancellationToken: Ct);
        JsonElement list = (JsonElement)await host.Client.CustomObjects.ListNamespacedCustomObjectAsync(Group, Version, "default", Plural, cancellationToken: Ct);
        await host.Client.CustomObjects.DeleteNamespacedCustomObjectAsync(Group, Version, "default", Plural, "w1", cancellationToken: Ct);
        var missing = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CustomObjects.GetNamespacedCustomObjectAsync(Group, Version, "default", Plural, "w1", cancellationToken: Ct));

        Assert.Equal("red", created.GetProperty("spec").GetProperty("color").GetString());
        Assert.Equal(1, created.GetProperty("metadata").GetProperty("generation").GetInt64());
        Assert.Equal(3, read.GetProperty("spec").GetProperty("size").GetInt32());
        Assert.Equal(2, patched.GetProperty("metadata").GetProperty("generation").GetInt64());
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
    }

    [Fact]
    public async Task Create_SchemaViolations_ReturnsInvalidWithCauses()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        var body = JsonNode.Parse("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"bad"},"spec":{"size":0,"color":"green"}}""");

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CustomObjects.CreateNamespacedCustomObjectAsync(body, Group, Version, "default", Plural, cancellationToken: Ct));
        JsonNode status = JsonNode.Parse(error.Response.Content)!;

        Assert.Equal(422, (int)error.Response.StatusCode);
        Assert.Equal("Invalid", (string?)status["reason"]);
        string[] fields = status["details"]!["causes"]!.AsArray().Select(c => (string)c!["field"]!).ToArray();
        Assert.Contains("spec.size", fields);
        Assert.Contains("spec.color", fields);
    }

    [Fact]
    public async Task Create_UnknownFieldStrict_ReturnsBadRequest()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        string body = """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"size":1,"extra":true}}""";

        (int strictStatus, JsonNode? strictBody) = await host.SendAsync(HttpMethod.Post, "apis/example.com/v1/namespaces/default/widgets?fieldValidation=Strict", body);
        (int defaultStatus, JsonNode? stored) = await host.SendAsync(HttpMethod.Post, "apis/example.com/v1/namespaces/default/widgets", body);

        Assert.Equal(400, strictStatus);
        Assert.Contains("strict decoding error: unknown field \"spec.extra\"", (string?)strictBody!["message"], StringComparison.Ordinal);
        Assert.Equal(201, defaultStatus);
        Assert.Null(stored!["spec"]!["extra"]);
    }

    [Fact]
    public async Task UpdateStatus_OnStatusSubresource_ChangesOnlyStatus()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        await CreateWidgetAsync(host, "w1", 3);
        var statusPatch = new V1Patch("{\"spec\":{\"size\":9},\"status\":{\"phase\":\"Ready\"}}", V1Patch.PatchType.MergePatch);
        var mainPatch = new V1Patch("{\"spec\":{\"size\":4},\"status\":{\"phase\":\"Ignored\"}}", V1Patch.PatchType.MergePatch);

        JsonElement afterStatus = (JsonElement)await host.Client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(statusPatch, Group, Version, "default", Plural, "w1", cancellationToken: Ct);
        JsonElement afterMain = (JsonElement)await host.Client.CustomObjects.PatchNamespacedCustomObjectAsync(mainPatch, Group, Version, "default", Plural, "w1", cancellationToken: Ct);

        Assert.Equal(3, afterStatus.GetProperty("spec").GetProperty("size").GetInt32());
        Assert.Equal("Ready", afterStatus.GetProperty("status").GetProperty("phase").GetString());
        Assert.Equal(1, afterStatus.GetProperty("metadata").GetProperty("generation").GetInt64());
        Assert.Equal(4, afterMain.GetProperty("spec").GetProperty("size").GetInt32());
        Assert.Equal("Ready", afterMain.GetProperty("status").GetProperty("phase").GetString());
        Assert.Equal(2, afterMain.GetProperty("metadata").GetProperty("generation").GetInt64());
    }

    [Fact]
    public async Task Replace_StaleResourceVersion_ReturnsConflict()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        JsonElement created = await CreateWidgetAsync(host, "w1", 3);
        JsonNode first = JsonNode.Parse(created.GetRawText())!;
        JsonNode second = first.DeepClone();
        first["spec"]!["size"] = 4;
        second["spec"]!["size"] = 5;

        await host.Client.CustomObjects.ReplaceNamespacedCustomObjectAsync(first, Group, Version, "default", Plural, "w1", cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CustomObjects.ReplaceNamespacedCustomObjectAsync(second, Group, Version, "default", Plural, "w1", cancellationToken: Ct));
        JsonElement stored = (JsonElement)await host.Client.CustomObjects.GetNamespacedCustomObjectAsync(Group, Version, "default", Plural, "w1", cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Conflict, error.Response.StatusCode);
        Assert.Contains("the object has been modified", error.Response.Content, StringComparison.Ordinal);
        Assert.Equal(4, stored.GetProperty("spec").GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task Replace_UnchangedObject_KeepsResourceVersion()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        JsonElement created = await CreateWidgetAsync(host, "w1", 3);

        JsonElement replaced = (JsonElement)await host.Client.CustomObjects.ReplaceNamespacedCustomObjectAsync(JsonNode.Parse(created.GetRawText())!, Group, Version, "default", Plural, "w1", cancellationToken: Ct);

        Assert.Equal(
            created.GetProperty("metadata").GetProperty("resourceVersion").GetString(),
            replaced.GetProperty("metadata").GetProperty("resourceVersion").GetString());
    }

    [Fact]
    public async Task DeleteCrd_RemovesResourceAndObjects()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        await CreateWidgetAsync(host, "w1", 3);

        await host.Client.ApiextensionsV1.DeleteCustomResourceDefinitionAsync("widgets.example.com", cancellationToken: Ct);
        (int listStatus, _) = await host.SendAsync(HttpMethod.Get, "apis/example.com/v1/namespaces/default/widgets");
        (int discoveryStatus, _) = await host.SendAsync(HttpMethod.Get, "apis/example.com/v1");
        await host.CreateWidgetCrdAsync();
        JsonElement list = (JsonElement)await host.Client.CustomObjects.ListNamespacedCustomObjectAsync(Group, Version, "default", Plural, cancellationToken: Ct);

        Assert.Equal(404, listStatus);
        Assert.Equal(404, discoveryStatus);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Delete_WithFinalizer_WaitsForFinalizerRemoval()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        var body = JsonNode.Parse("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"held","finalizers":["example.com/cleanup"]},"spec":{"size":1}}""");
        await host.Client.CustomObjects.CreateNamespacedCustomObjectAsync(body, Group, Version, "default", Plural, cancellationToken: Ct);

        await host.Client.CustomObjects.DeleteNamespacedCustomObjectAsync(Group, Version, "default", Plural, "held", cancellationToken: Ct);
        JsonElement pending = (JsonElement)await host.Client.CustomObjects.GetNamespacedCustomObjectAsync(Group, Version, "default", Plural, "held", cancellationToken: Ct);
        var release = new V1Patch("{\"metadata\":{\"finalizers\":null}}", V1Patch.PatchType.MergePatch);
        await host.Client.CustomObjects.PatchNamespacedCustomObjectAsync(release, Group, Version, "default", Plural, "held", cancellationToken: Ct);
        var gone = await Assert.ThrowsAsync<HttpOperationException>(() => host.Client.CustomObjects.GetNamespacedCustomObjectAsync(Group, Version, "default", Plural, "held", cancellationToken: Ct));

        Assert.True(pending.GetProperty("metadata").TryGetProperty("deletionTimestamp", out _));
        Assert.Equal(HttpStatusCode.NotFound, gone.Response.StatusCode);
    }

    private static async Task<JsonElement> CreateWidgetAsync(EmulatorHost host, string name, int size)
    {
        var body = new JsonObject
        {
            ["apiVersion"] = "example.com/v1",
            ["kind"] = "Widget",
            ["metadata"] = new JsonObject { ["name"] = name },
            ["spec"] = new JsonObject { ["size"] = size },
        };

        return (JsonElement)await host.Client.CustomObjects.CreateNamespacedCustomObjectAsync(body, Group, Version, "default", Plural, cancellationToken: Ct);
    }
}
