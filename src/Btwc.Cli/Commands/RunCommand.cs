using System.CommandLine;
using System.Diagnostics.Metrics;
using Btwc.Cli.Hosting;
using Btwc.Operator.Hosting;
using Btwc.Operator.Observability;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Btwc.Cli.Commands;

/// <summary>The <c>btwc run</c> command: the operator against a real cluster, in a pod or from a kubeconfig.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "The kubeconfig to use outside a cluster. Default: the in-cluster service account, else $KUBECONFIG or ~/.kube/config." };
        var watchNamespace = new Option<string?>("--namespace") { Description = "Watch only this namespace. Default: all namespaces." };
        var workers = new Option<int>("--workers") { Description = "ExternalSecrets reconciled at once.", DefaultValueFactory = _ => 8 };
        var leaderElection = new Option<bool>("--leader-elect") { Description = "Reconcile only while holding the leader Lease, so replicas can run side by side. Default: true; pass --leader-elect false to turn it off.", DefaultValueFactory = _ => true };
        var leaseNamespace = new Option<string>("--leader-election-namespace") { Description = "The namespace of the leader Lease. Default: $POD_NAMESPACE, else \"default\".", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POD_NAMESPACE") ?? "default" };
        var metricsAddress = new Option<string>(EndpointAddresses.MetricsOption) { Description = "The address of the Prometheus /metrics endpoint: ':8080' for every interface, '127.0.0.1:8080' for one address, '0' for off.", DefaultValueFactory = _ => BindAddress.Off };
        var healthAddress = new Option<string>(EndpointAddresses.HealthProbesOption) { Description = "The address of the /healthz and /readyz probe endpoints, in the same form as --metrics-bind-address; '0' is off.", DefaultValueFactory = _ => BindAddress.Off };

        var logLevel = new Option<LogLevel>("--log-level") { Description = "The lowest level logged: Trace, Debug, Information, Warning, Error or Critical.", DefaultValueFactory = _ => LogLevel.Information };

        var command = new Command("run", "Run the operator until stopped (SIGTERM or Ctrl-C).") { kubeconfig, watchNamespace, workers, leaderElection, leaseNamespace, metricsAddress, healthAddress, logLevel };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new OperatorOptions
            {
                Workers = parseResult.GetValue(workers),
                WatchNamespace = parseResult.GetValue(watchNamespace),
                LeaderElection = parseResult.GetValue(leaderElection),
            };
            options.Lease.LeaseNamespace = parseResult.GetValue(leaseNamespace)!;
            options.Validate();
            var addresses = EndpointAddresses.Parse(parseResult.GetValue(metricsAddress)!, parseResult.GetValue(healthAddress)!);
            var path = parseResult.GetValue(kubeconfig);
            var configuration = path is null && KubernetesClientConfiguration.IsInCluster()
                ? KubernetesClientConfiguration.InClusterConfig()
                : KubernetesClientConfiguration.BuildConfigFromConfigFile(path);

            var minimumLevel = parseResult.GetValue(logLevel);
            using var loggerFactory = LoggerFactory.Create(builder => builder
                .AddSimpleConsole(console => console.SingleLine = true)
                .SetMinimumLevel(minimumLevel));
            using var kubernetes = new Kubernetes(configuration);
            await using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
            var meterFactory = metrics.GetRequiredService<IMeterFactory>();

            // Not scoped to meterFactory: ExternalSecretController creates its informers without it, so their
            // meters have no scope. Every Btwc.Operator and Btwc.Client meter in this process is the operator's.
            using var exporter = new PrometheusExporter();
            await using var controller = new ExternalSecretController(kubernetes, options, TimeProvider.System, loggerFactory, meterFactory);
            var readiness = ControllerReadiness.For(controller.Host, controller.Leadership);
            await using var endpoints = await OperatorEndpoints.StartAsync(addresses, exporter, readiness.Check, loggerFactory, cancellationToken).ConfigureAwait(false);
            await controller.Host.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // SIGTERM or Ctrl-C: stop below.
            }

            await controller.Host.StopAsync(CancellationToken.None).ConfigureAwait(false);

            return 0;
        });

        return command;
    }
}
