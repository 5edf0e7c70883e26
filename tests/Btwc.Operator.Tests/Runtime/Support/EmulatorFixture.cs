using k8s;
using Kube.Emulator;

namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>A Kubernetes emulator on 127.0.0.1 and a KubernetesClient pointed at it, for one test.</summary>
internal sealed class EmulatorFixture : IAsyncDisposable
{
    private EmulatorFixture(KubeEmulatorServer server, k8s.Kubernetes client)
    {
        Server = server;
        Client = client;
    }

    public KubeEmulatorServer Server { get; }

    public k8s.Kubernetes Client { get; }

    public static async Task<EmulatorFixture> StartAsync(Action<KubeEmulatorOptions>? configure = null)
    {
        var options = new KubeEmulatorOptions { Port = 0 };
        configure?.Invoke(options);
        var server = await KubeEmulatorServer.StartAsync(options, TestContext.Current.CancellationToken);
        var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.BaseUrl.ToString() });

        return new EmulatorFixture(server, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
