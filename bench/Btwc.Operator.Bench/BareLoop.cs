using System.Diagnostics;
using System.Text;
using Btwc.Cli.Dev;
using Btwc.Client;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Bench;

/// <summary>
/// The baseline of the fleet benchmark: for each object, one generate call through <see cref="IBtwcClient"/> and
/// one Secret create through KubernetesClient, with no operator logic (no watch, no status, no events), run at
/// the same concurrency as the operator's workers.
/// </summary>
internal static class BareLoop
{
    public const string Namespace = "bench-bare";

    /// <summary>Runs the loop for <paramref name="count"/> Secrets and returns the elapsed time.</summary>
    public static async Task<TimeSpan> RunAsync(DevStack stack, int count, int concurrency)
    {
        await stack.Kubernetes.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = Namespace } });
        using var factory = new BtwcClientFactory();
        var client = factory.Create(new BtwcClientOptions
        {
            ApiUrl = stack.Simulator.ApiUrl.ToString().TrimEnd('/'),
            SiteId = DevStack.SiteId,
            TokenSource = _ => ValueTask.FromResult(stack.Token),
            CaBundlePem = stack.Simulator.CaCertificatePem,
        });
        var path = SecretPath.Parse(DevStack.DynamicSecretPath);

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (index, cancellationToken) =>
        {
            var credential = await client.GenerateAsync(path, cancellationToken);
            var secret = new V1Secret
            {
                Metadata = new V1ObjectMeta { Name = $"bare-{index}", NamespaceProperty = Namespace },
                Data = credential.Values.ToDictionary(pair => pair.Key, pair => Encoding.UTF8.GetBytes(pair.Value)),
            };
            await stack.Kubernetes.CoreV1.CreateNamespacedSecretAsync(secret, Namespace, cancellationToken: cancellationToken);
        });

        return clock.Elapsed;
    }
}
