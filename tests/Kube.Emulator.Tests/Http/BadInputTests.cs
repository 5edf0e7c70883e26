using System.Text.Json.Nodes;
using k8s;
using Kube.Emulator.Tests.Support;

namespace Kube.Emulator.Tests.Http;

public sealed class BadInputTests
{
    private const string Secrets = "api/v1/namespaces/default/secrets";

    [Fact]
    public async Task MalformedJson_ReturnsBadRequestAndKeepsServing()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, Secrets, """{"metadata":{"name":"kept"}}""");

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, """{"metadata":{"name":""");
        (int after, JsonNode? kept) = await host.SendAsync(HttpMethod.Get, Secrets + "/kept");

        AssertStatus(400, "BadRequest", status, body);
        Assert.Equal(200, after);
        Assert.Equal("kept", (string?)kept!["metadata"]!["name"]);
    }

    [Fact]
    public async Task MalformedYaml_ReturnsBadRequest()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, "metadata:\n  name: [unclosed\n", "application/yaml");

        AssertStatus(400, "BadRequest", status, body);
    }

    [Fact]
    public async Task YamlBody_CreatesObject()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: from-yaml\nstringData:\n  port: \"5432\"\n", "application/yaml");

        Assert.Equal(201, status);
        Assert.Equal("NTQzMg==", (string?)body!["data"]!["port"]);
    }

    [Fact]
    public async Task NotAnObject_ReturnsBadRequest()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, "[1,2]");

        AssertStatus(400, "BadRequest", status, body);
    }

    [Fact]
    public async Task UnknownResource_ReturnsNotFound()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/gadgets", """{"metadata":{"name":"g"}}""");
        (int groupStatus, JsonNode? groupBody) = await host.SendAsync(HttpMethod.Get, "apis/nothing.example.com/v1/gadgets");

        AssertStatus(404, "NotFound", status, body);
        AssertStatus(404, "NotFound", groupStatus, groupBody);
    }

    [Fact]
    public async Task WrongApiVersionOrKind_ReturnsBadRequest()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int versionStatus, JsonNode? versionBody) = await host.SendAsync(HttpMethod.Post, Secrets, """{"apiVersion":"v2","kind":"Secret","metadata":{"name":"s"}}""");
        (int kindStatus, JsonNode? kindBody) = await host.SendAsync(HttpMethod.Post, Secrets, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"s"}}""");

        AssertStatus(400, "BadRequest", versionStatus, versionBody);
        Assert.Contains("does not match the expected API version (v1)", (string?)versionBody!["message"], StringComparison.Ordinal);
        AssertStatus(400, "BadRequest", kindStatus, kindBody);
    }

    [Fact]
    public async Task InvalidBase64InData_ReturnsBadRequest()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, """{"metadata":{"name":"s"},"data":{"k":"not base64!"}}""");

        AssertStatus(400, "BadRequest", status, body);
        Assert.Contains("illegal base64", (string?)body!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidName_ReturnsInvalidWithCause()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, """{"metadata":{"name":"Not_Valid"}}""");

        AssertStatus(422, "Invalid", status, body);
        Assert.Equal("metadata.name", (string?)body!["details"]!["causes"]![0]!["field"]);
    }

    [Fact]
    public async Task SecretOverOneMebibyte_ReturnsInvalidAndStoresNothing()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        string big = Convert.ToBase64String(new byte[(1024 * 1024) + 1]);

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, "{\"metadata\":{\"name\":\"big\"},\"data\":{\"blob\":\"" + big + "\"}}");
        (int lookup, _) = await host.SendAsync(HttpMethod.Get, Secrets + "/big");

        AssertStatus(422, "Invalid", status, body);
        Assert.Contains("Too long", (string?)body!["message"], StringComparison.Ordinal);
        Assert.Equal(404, lookup);
    }

    [Fact]
    public async Task ObjectOverStoreLimit_ReturnsRequestEntityTooLarge()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        string annotation = new('a', 1_600_000);

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"big\",\"annotations\":{\"big\":\"" + annotation + "\"}}}");

        AssertStatus(413, "RequestEntityTooLarge", status, body);
    }

    [Fact]
    public async Task BodyOverRequestLimit_ReturnsRequestEntityTooLarge()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        string padding = new('a', 3 * 1024 * 1024);

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Post, Secrets, "{\"metadata\":{\"name\":\"big\"},\"x\":\"" + padding + "\"}");
        (int after, _) = await host.SendAsync(HttpMethod.Get, Secrets);

        AssertStatus(413, "RequestEntityTooLarge", status, body);
        Assert.Equal(200, after);
    }

    [Fact]
    public async Task UnsupportedPatchType_ReturnsUnsupportedMediaType()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, Secrets, """{"metadata":{"name":"s"}}""");

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Patch, Secrets + "/s", "x", "text/plain");

        AssertStatus(415, "UnsupportedMediaType", status, body);
    }

    [Fact]
    public async Task JsonPatch_AppliesOperationsAndRejectsFailedTest()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync();
        await host.SendAsync(HttpMethod.Post, "api/v1/namespaces/default/configmaps", """{"metadata":{"name":"c"},"data":{"a":"1"}}""");

        (int status, JsonNode? body) = await host.SendAsync(HttpMethod.Patch, "api/v1/namespaces/default/configmaps/c", """[{"op":"add","path":"/data/b","value":"2"},{"op":"remove","path":"/data/a"}]""", "application/json-patch+json");
        (int failed, JsonNode? failedBody) = await host.SendAsync(HttpMethod.Patch, "api/v1/namespaces/default/configmaps/c", """[{"op":"test","path":"/data/b","value":"3"}]""", "application/json-patch+json");

        Assert.Equal(200, status);
        Assert.Equal("2", (string?)body!["data"]!["b"]);
        Assert.Null(body["data"]!["a"]);
        AssertStatus(422, "Invalid", failed, failedBody);
    }

    [Fact]
    public async Task MissingToken_ReturnsUnauthorized()
    {
        await using EmulatorHost host = await EmulatorHost.StartAsync(o => o.BearerToken = "dev-token");
        using var anonymous = new HttpClient { BaseAddress = host.Server.BaseUrl };

        using HttpResponseMessage denied = await anonymous.GetAsync(new Uri(Secrets, UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage version = await anonymous.GetAsync(new Uri("version", UriKind.Relative), TestContext.Current.CancellationToken);
        (int allowed, _) = await host.SendAsync(HttpMethod.Get, Secrets);
        var namespaces = await host.Client.CoreV1.ListNamespaceAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(401, (int)denied.StatusCode);
        Assert.Contains(namespaces.Items, n => n.Metadata.Name == "default");
        Assert.Equal(200, (int)version.StatusCode);
        Assert.Equal(200, allowed);
    }

    private static void AssertStatus(int expectedCode, string expectedReason, int status, JsonNode? body)
    {
        Assert.Equal(expectedCode, status);
        Assert.NotNull(body);
        Assert.Equal("Status", (string?)body["kind"]);
        Assert.Equal("Failure", (string?)body["status"]);
        Assert.Equal(expectedReason, (string?)body["reason"]);
        Assert.Equal(expectedCode, (int?)body["code"]);
    }
}
