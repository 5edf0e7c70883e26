using System.Text.Json.Nodes;
using Kube.Emulator.Faults;
using Kube.Emulator.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Kube.Emulator.Tests.Http;

public sealed class ApiSurfaceTests
{
    private const string TableAccept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";

    [Fact]
    public async Task Discovery_AfterCrdCreated_ListsItsResources()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();

        (_, JsonNode? groups) = await host.SendAsync(HttpMethod.Get, "apis");
        (_, JsonNode? resources) = await host.SendAsync(HttpMethod.Get, "apis/example.com/v1");
        (_, JsonNode? openApiRoot) = await host.SendAsync(HttpMethod.Get, "openapi/v3");

        Assert.Contains(groups!["groups"]!.AsArray(), g => (string?)g!["name"] == "example.com");
        JsonNode widget = resources!["resources"]!.AsArray().Single(r => (string?)r!["name"] == "widgets")!;
        Assert.Equal("Widget", (string?)widget["kind"]);
        Assert.Equal("wd", (string?)widget["shortNames"]![0]);
        Assert.Contains(resources["resources"]!.AsArray(), r => (string?)r!["name"] == "widgets/status");
        Assert.StartsWith("/openapi/v3/apis/example.com/v1?hash=", (string?)openApiRoot!["paths"]!["apis/example.com/v1"]!["serverRelativeURL"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_PatchOperation_ListsFieldValidation()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? document) = await host.SendAsync(HttpMethod.Get, "openapi/v3/api/v1");

        Assert.Equal(200, status);
        JsonNode patch = document!["paths"]!["/api/v1/namespaces/{namespace}/secrets/{name}"]!["patch"]!;
        Assert.Equal("Secret", (string?)patch["x-kubernetes-group-version-kind"]!["kind"]);
        Assert.Contains(patch["parameters"]!.AsArray(), p => (string?)p!["name"] == "fieldValidation");
    }

    [Fact]
    public async Task Table_ForSecrets_HasTypeAndDataColumns()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/secrets", """{"metadata":{"name":"s"},"stringData":{"a":"1","b":"2"}}""");

        (int status, JsonNode? table) = await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default/secrets", accept: TableAccept);

        Assert.Equal(200, status);
        Assert.Equal("Table", (string?)table!["kind"]);
        string[] columns = table["columnDefinitions"]!.AsArray().Select(c => (string)c!["name"]!).ToArray();
        Assert.Equal(["Name", "Type", "Data", "Age"], columns);
        JsonArray cells = table["rows"]![0]!["cells"]!.AsArray();
        Assert.Equal("s", (string?)cells[0]);
        Assert.Equal("Opaque", (string?)cells[1]);
        Assert.Equal(2, (int?)cells[2]);
    }

    [Fact]
    public async Task Faults_FailNextWrite_FailsOnceThenRecovers()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        host.Server.Faults.FailNextWrite("secrets", "default", "s", 503);
        string body = """{"metadata":{"name":"s"}}""";

        (int failed, JsonNode? failure) = await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/secrets", body);
        host.Server.Faults.Clear();
        host.Server.Faults.Add(new FaultRule { Verb = "create", Resource = "secrets", StatusCode = 500 });
        (int second, _) = await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/secrets", body);
        (int third, _) = await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/secrets", body);

        Assert.Equal(503, failed);
        Assert.Equal("ServiceUnavailable", (string?)failure!["reason"]);
        Assert.Equal(500, second);
        Assert.Equal(201, third);
        Assert.Equal(0, host.Server.Faults.Pending);
    }

    [Fact]
    public async Task Faults_FailNextStatusWrite_LeavesMainEndpointAlone()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.CreateWidgetCrdAsync();
        await host.SendAsync(HttpMethod.Post, "apis/example.com/v1/namespaces/default/widgets", """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"size":1}}""");
        host.Server.Faults.FailNextStatusWrite("widgets");
        string patch = """{"status":{"phase":"Ready"}}""";

        (int main, _) = await host.SendAsync(HttpMethod.Patch, "apis/example.com/v1/namespaces/default/widgets/w", """{"metadata":{"labels":{"a":"b"}}}""", "application/merge-patch+json");
        (int failed, _) = await host.SendAsync(HttpMethod.Patch, "apis/example.com/v1/namespaces/default/widgets/w/status", patch, "application/merge-patch+json");
        (int retried, _) = await host.SendAsync(HttpMethod.Patch, "apis/example.com/v1/namespaces/default/widgets/w/status", patch, "application/merge-patch+json");

        Assert.Equal(200, main);
        Assert.Equal(500, failed);
        Assert.Equal(200, retried);
    }

    [Fact]
    public async Task Journal_CountsRequestsByVerbAndResource()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        host.Server.Journal.Clear();

        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/configmaps", """{"metadata":{"name":"c"}}""");
        await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default/configmaps/c");
        await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default/configmaps");
        await host.SendAsync(HttpMethod.Put, "api/v1/namespaces/default/configmaps/c", """{"metadata":{"name":"c"},"data":{"a":"b"}}""");

        Assert.Equal(1, host.Server.Journal.Count("create", "configmaps"));
        Assert.Equal(1, host.Server.Journal.Count("get", "configmaps", "default", "c"));
        Assert.Equal(1, host.Server.Journal.Count("list", "configmaps"));
        Assert.Equal(1, host.Server.Journal.Count("update", "configmaps"));
        Assert.Equal(200, host.Server.Journal.Entries[^1].StatusCode);
    }

    [Fact]
    public async Task RejectedRequest_IsLoggedWithStatus()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(collector)));
        await using EmulatorHost host = await EmulatorHost.StartAsync(o => o.LoggerFactory = loggerFactory);

        await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default/secrets/missing");

        FakeLogRecord rejected = Assert.Single(collector.GetSnapshot(), r => r.Id.Id == 2);
        Assert.Equal("Request GET /api/v1/namespaces/default/secrets/missing rejected with 404 NotFound", rejected.Message);
        Assert.Contains(collector.GetSnapshot(), r => r.Id.Id == 3 && r.Level == LogLevel.Information);
    }

    [Fact]
    public async Task CoreAndEventsApi_ServeTheSameEvent()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        string body = """{"metadata":{"name":"e1"},"regarding":{"kind":"Secret","name":"s","namespace":"default"},"reason":"Synced","note":"done","type":"Normal","reportingController":"test","reportingInstance":"test-0","action":"Sync","eventTime":"2026-01-01T00:00:00.000000Z"}""";

        (int created, _) = await host.SendAsync(HttpMethod.Post, "apis/events.k8s.io/v1/namespaces/default/events", body);
        (_, JsonNode? core) = await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Ds");

        Assert.Equal(201, created);
        JsonNode item = core!["items"]![0]!;
        Assert.Equal("done", (string?)item["message"]);
        Assert.Equal("Secret", (string?)item["involvedObject"]!["kind"]);
    }

    [Fact]
    public async Task DeleteNamespace_RemovesItsObjects()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces", """{"metadata":{"name":"team"}}""");
        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/team/secrets", """{"metadata":{"name":"s"}}""");

        (int deleted, _) = await host.SendAsync(HttpMethod.Delete, "api/v1/namespaces/team");
        (int secret, _) = await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/team/secrets/s");
        (int ns, _) = await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/team");

        Assert.Equal(200, deleted);
        Assert.Equal(404, secret);
        Assert.Equal(404, ns);
    }

    [Fact]
    public async Task DeleteDefaultNamespace_IsForbidden()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Delete, "api/v1/namespaces/default");
        (int after, _) = await host.SendAsync(HttpMethod.Get, "api/v1/namespaces/default");

        Assert.Equal(403, status);
        Assert.Equal("Forbidden", (string?)body!["reason"]);
        Assert.Equal(200, after);
    }
}
