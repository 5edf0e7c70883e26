using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using k8s;

namespace Kube.Emulator.Tests.Support;

/// <summary>One emulator on 127.0.0.1 with a KubernetesClient and a raw HttpClient pointed at it.</summary>
internal sealed class EmulatorHost : IAsyncDisposable
{
    private EmulatorHost(KubeEmulatorServer server, KubeEmulatorOptions options)
    {
        Server = server;
        Options = options;
        var config = new KubernetesClientConfiguration { Host = server.BaseUrl.ToString(), AccessToken = options.BearerToken };
        Client = new Kubernetes(config);
        Http = new HttpClient { BaseAddress = server.BaseUrl };
        if (options.BearerToken is { } token)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public KubeEmulatorServer Server { get; }

    public KubeEmulatorOptions Options { get; }

    public Kubernetes Client { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorHost> StartAsync(Action<KubeEmulatorOptions>? configure = null)
    {
        var options = new KubeEmulatorOptions();
        configure?.Invoke(options);
        KubeEmulatorServer server = await KubeEmulatorServer.StartAsync(options, TestContext.Current.CancellationToken);

        return new EmulatorHost(server, options);
    }

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? body = null, string contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using HttpResponseMessage response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Registers the Widget test CRD (example.com/v1, namespaced, status subresource, printer columns).</summary>
    public async Task CreateWidgetCrdAsync()
    {
        (int status, JsonNode? body) = await SendAsync(HttpMethod.Post, "apis/apiextensions.k8s.io/v1/customresourcedefinitions", TestManifests.WidgetCrdJson);
        Assert.True(status == 201, $"creating the Widget CRD returned {status}: {body}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
