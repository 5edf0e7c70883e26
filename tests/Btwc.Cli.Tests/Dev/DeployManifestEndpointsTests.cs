using System.CommandLine;
using Btwc.Cli.Commands;
using Btwc.Cli.Tests.EndToEnd;
using k8s;
using k8s.Models;

namespace Btwc.Cli.Tests.Dev;

/// <summary>The install manifest turns on the metrics and probe endpoints, and its ports, probes and Service agree.</summary>
public sealed class DeployManifestEndpointsTests
{
    [Fact]
    public void Args_ParseWithEndpointAddresses()
    {
        var container = Container();

        var parsed = new RootCommand { RunCommand.Create() }.Parse([.. container.Args]);

        Assert.Empty(parsed.Errors);
        Assert.Equal(":8080", parsed.GetValue<string>("--metrics-bind-address"));
        Assert.Equal(":8081", parsed.GetValue<string>("--health-probe-bind-address"));
        Assert.True(parsed.GetValue<bool>("--leader-elect"));
    }

    [Fact]
    public void Ports_MatchTheBindAddresses()
    {
        var container = Container();

        var ports = container.Ports.ToDictionary(port => port.Name, port => port.ContainerPort);

        Assert.Equal(8080, ports["metrics"]);
        Assert.Equal(8081, ports["health"]);
    }

    [Fact]
    public void Probes_UseHealthzAndReadyz()
    {
        var container = Container();

        Assert.Equal("/healthz", container.LivenessProbe.HttpGet.Path);
        Assert.Equal("health", container.LivenessProbe.HttpGet.Port.Value);
        Assert.Equal("/readyz", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal("health", container.ReadinessProbe.HttpGet.Port.Value);
    }

    [Fact]
    public void MetricsService_SelectsTheOperatorPods()
    {
        var objects = Load();
        var deployment = objects.OfType<V1Deployment>().Single();

        var service = Assert.Single(objects.OfType<V1Service>());

        Assert.Equal("btwc-system", service.Metadata.NamespaceProperty);
        Assert.Equal(deployment.Spec.Template.Metadata.Labels, service.Spec.Selector);
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal("metrics", port.Name);
        Assert.Equal(8080, port.Port);
        Assert.Equal("metrics", port.TargetPort.Value);
    }

    private static V1Container Container() =>
        Assert.Single(Load().OfType<V1Deployment>().Single().Spec.Template.Spec.Containers);

    private static List<object> Load() =>
        KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(OperatorStack.RepositoryRoot(), "deploy", "operator", "operator.yaml")));
}
