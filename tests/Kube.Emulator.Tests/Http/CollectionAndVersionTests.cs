using System.Text.Json.Nodes;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Http;

public sealed class CollectionAndVersionTests
{
    private const string TwoVersionCrd = """
        {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"gadgets.example.com"},
         "spec":{"group":"example.com","scope":"Cluster","names":{"plural":"gadgets","kind":"Gadget"},
          "versions":[
           {"name":"v1alpha1","served":true,"storage":false,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}},
           {"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}
        """;

    [Fact]
    public async Task CrdWithTwoVersions_ServesOneObjectInBoth()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        (int crd, JsonNode? crdBody) = await host.SendAsync(HttpMethod.Post, "apis/apiextensions.k8s.io/v1/customresourcedefinitions", TwoVersionCrd);

        (int created, _) = await host.SendAsync(HttpMethod.Post, "apis/example.com/v1alpha1/gadgets", """{"apiVersion":"example.com/v1alpha1","kind":"Gadget","metadata":{"name":"g"},"spec":{"x":1}}""");
        (_, JsonNode? asV1) = await host.SendAsync(HttpMethod.Get, "apis/example.com/v1/gadgets/g");
        (_, JsonNode? asAlpha) = await host.SendAsync(HttpMethod.Get, "apis/example.com/v1alpha1/gadgets/g");
        (_, JsonNode? group) = await host.SendAsync(HttpMethod.Get, "apis/example.com");

        Assert.True(crd == 201, crdBody?.ToJsonString());
        Assert.Equal(201, created);
        Assert.Equal("example.com/v1", (string?)asV1!["apiVersion"]);
        Assert.Equal("example.com/v1alpha1", (string?)asAlpha!["apiVersion"]);
        Assert.Equal(1, (int?)asAlpha["spec"]!["x"]);
        Assert.Equal("v1", (string?)group!["preferredVersion"]!["version"]);
        Assert.Null(asV1["metadata"]!["namespace"]);
    }

    [Fact]
    public async Task CrdStorageVersionChange_ServesOldObjectsInNewVersion()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, "apis/apiextensions.k8s.io/v1/customresourcedefinitions", TwoVersionCrd);
        await host.SendAsync(HttpMethod.Post, "apis/example.com/v1/gadgets", """{"apiVersion":"example.com/v1","kind":"Gadget","metadata":{"name":"g"}}""");
        string swapped = TwoVersionCrd.Replace("\"storage\":false", "\"storage\":STORAGE", StringComparison.Ordinal)
            .Replace("\"storage\":true", "\"storage\":false", StringComparison.Ordinal)
            .Replace("STORAGE", "true", StringComparison.Ordinal);

        (int updated, JsonNode? crd) = await host.SendAsync(HttpMethod.Put, "apis/apiextensions.k8s.io/v1/customresourcedefinitions/gadgets.example.com", swapped);
        (_, JsonNode? asAlpha) = await host.SendAsync(HttpMethod.Get, "apis/example.com/v1alpha1/gadgets/g");

        Assert.True(updated == 200, crd?.ToJsonString());
        Assert.Equal(["v1", "v1alpha1"], crd!["status"]!["storedVersions"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("example.com/v1alpha1", (string?)asAlpha!["apiVersion"]);
    }

    [Fact]
    public async Task DeleteCollection_WithLabelSelector_DeletesOnlyMatches()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/configmaps", """{"metadata":{"name":"a","labels":{"tier":"x"}}}""");
        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/configmaps", """{"metadata":{"name":"b","labels":{"tier":"y"}}}""");

        (int status, JsonNode? deleted) = await host.SendAsync(HttpMethod.Delete, "api/v1/namespaces/default/configmaps?labelSelector=tier%3Dx");
        (_, JsonNode? left) = await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default/configmaps");

        Assert.Equal(200, status);
        Assert.Equal("a", (string?)deleted!["items"]![0]!["metadata"]!["name"]);
        Assert.Equal("b", (string?)Assert.Single(left!["items"]!.AsArray())!["metadata"]!["name"]);
    }

    [Fact]
    public async Task ApplyPatch_MissingObject_CreatesIt()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int created, _) = await host.SendAsync(HttpMethod.Patch, "api/v1/namespaces/default/configmaps/applied?fieldManager=test", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\ndata:\n  a: \"1\"\n", "application/apply-patch+yaml");
        (int updated, JsonNode? body) = await host.SendAsync(HttpMethod.Patch, "api/v1/namespaces/default/configmaps/applied?fieldManager=test", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\ndata:\n  b: \"2\"\n", "application/apply-patch+yaml");

        Assert.Equal(200, created);
        Assert.Equal(200, updated);
        Assert.Equal("2", (string?)body!["data"]!["b"]);
    }

    [Fact]
    public async Task Watch_SendInitialEvents_EndsInitialEventsWithBookmark()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/configmaps", """{"metadata":{"name":"c"}}""");

        string stream = await host.Http.GetStringAsync(
            new Uri("api/v1/namespaces/default/configmaps?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=1", UriKind.Relative),
            TestContext.Current.CancellationToken);
        JsonNode[] events = stream.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();

        Assert.Equal("ADDED", (string?)events[0]["type"]);
        Assert.Equal("c", (string?)events[0]["object"]!["metadata"]!["name"]);
        Assert.Equal("BOOKMARK", (string?)events[1]["type"]);
        Assert.Equal("true", (string?)events[1]["object"]!["metadata"]!["annotations"]!["k8s.io/initial-events-end"]);
    }

    [Fact]
    public async Task DryRun_Create_StoresNothing()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/configmaps?dryRun=All", """{"metadata":{"name":"dry"}}""");
        (int lookup, _) = await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default/configmaps/dry");

        Assert.Equal(201, status);
        Assert.Equal("dry", (string?)body!["metadata"]!["name"]);
        Assert.Equal(404, lookup);
    }
}
