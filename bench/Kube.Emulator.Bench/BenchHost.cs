using System.Text;
using k8s;

namespace Kube.Emulator.Bench;

/// <summary>An emulator on 127.0.0.1 with a KubernetesClient for one scenario run.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private const string WidgetCrd = """
        {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},
         "spec":{"group":"example.com","scope":"Namespaced","names":{"plural":"widgets","singular":"widget","kind":"Widget"},
          "versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
           "schema":{"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"object","properties":{
             "size":{"type":"integer","minimum":1},"color":{"type":"string","enum":["red","blue"]}}},
            "status":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}}}]}}
        """;

    private BenchHost(KubeEmulatorServer server)
    {
        Server = server;
        Client = new Kubernetes(new KubernetesClientConfiguration { Host = server.BaseUrl.ToString() });
    }

    public KubeEmulatorServer Server { get; }

    public Kubernetes Client { get; }

    public static async Task<BenchHost> StartAsync() =>
        new(await KubeEmulatorServer.StartAsync(new KubeEmulatorOptions { WatchHistorySize = 20_000 }));

    public async Task CreateWidgetCrdAsync()
    {
        using var http = new HttpClient { BaseAddress = Server.BaseUrl };
        using var content = new StringContent(WidgetCrd, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync(new Uri("apis/apiextensions.k8s.io/v1/customresourcedefinitions", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
