using System.Globalization;
using System.Text;
using Btwc.Cli.Dev;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Simulator;
using k8s;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>
/// Six simulated hours of refreshes through the real operator, emulator and simulator on one fake clock. Credential
/// lifetimes run from 15 minutes to 2 hours, and every refreshInterval is longer than its credential's lifetime
/// (twice the lifetime, or 24 hours), so only the expiry-based refresh keeps the targets fresh. After each refresh
/// an auditor compares the new lease with the one it replaced.
/// </summary>
public sealed class FleetDayTests(ITestOutputHelper output)
{
    private static readonly int[] LifetimesSeconds = [900, 1800, 3600, 7200];

    private static readonly TimeSpan SimulatedTime = TimeSpan.FromHours(6);

    [Fact]
    public async Task SixHours_NoExpiryOneMintEach()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await OperatorStack.StartAsync(time);
        var names = new List<string>();
        foreach (var lifetime in LifetimesSeconds)
        {
            var path = $"production/ttl-{lifetime}";
            stack.Simulator.State.PutDynamicSecret(DevStack.SiteId, path, new DynamicSecretDefinition { TtlSeconds = lifetime });
            await stack.ApplyAsync(Manifests.Generator(name: $"gen-{lifetime}", folderPath: path));
            foreach (var interval in new[] { $"{lifetime * 2}s", "24h" })
            {
                var name = $"es-{lifetime}-{interval.TrimEnd('s', 'h')}";
                await stack.ApplyAsync(Manifests.ExternalSecret(name, "target-" + name, generator: $"gen-{lifetime}", refreshInterval: interval));
                names.Add(name);
            }
        }

        var leases = new Dictionary<string, CredentialLease>();
        foreach (var name in names)
        {
            await stack.WaitForReadyAsync(name);
            leases[name] = (await stack.GetExternalSecretAsync(name))!.Status!.Lease!;
        }

        await stack.WaitForSyncsAsync(names.Count);
        var end = time.GetUtcNow() + SimulatedTime;
        var audit = new Audit();
        while (true)
        {
            var statuses = await StatusesAsync(stack);
            var next = statuses.Values.Min(status => Utc(status.NextRefreshTime!.Value));
            if (next >= end)
            {
                break;
            }

            // The status keeps whole seconds, so one more second makes sure the refresh timer has fired.
            var syncsBefore = stack.SyncCount;
            var idsBefore = leases.ToDictionary(pair => pair.Key, pair => pair.Value.Id);
            time.Advance(next + TimeSpan.FromSeconds(1) - time.GetUtcNow());
            var now = time.GetUtcNow();
            var due = statuses.Where(pair => Utc(pair.Value.NextRefreshTime!.Value) + TimeSpan.FromSeconds(1) <= now).Select(pair => pair.Key).ToList();
            var refreshed = new List<string>();
            await Eventually.TrueAsync(
                async () =>
                {
                    foreach (var (name, status) in await StatusesAsync(stack))
                    {
                        if (status.Lease?.Id != leases[name].Id && Utc(status.NextRefreshTime!.Value) > now)
                        {
                            audit.Record(leases[name], status.Lease!);
                            leases[name] = status.Lease!;
                            refreshed.Add(name);
                        }
                    }

                    var settled = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate) == names.Count + audit.Refreshes;

                    return settled && due.All(name => leases[name].Id != idsBefore[name]);
                },
                failureMessage: () => $"at {now:O} the due ExternalSecrets ({string.Join(", ", due)}) were not all refreshed, or a generate call has no refresh in the status");
            await stack.WaitForSyncsAsync(syncsBefore + refreshed.Count);
            foreach (var name in refreshed)
            {
                var secret = await stack.GetSecretAsync("target-" + name);
                Assert.Equal(leases[name].Id, Encoding.UTF8.GetString(secret!.Data["leaseId"]));
            }
        }

        var generateCalls = stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"expired credential time in targets: {audit.ExpiredSeconds:0} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"earliest refresh: {audit.EarliestFraction:P1} of the lifetime"));
        output.WriteLine($"generate calls: {generateCalls}; first syncs plus refreshes: {names.Count + audit.Refreshes}");

        Assert.True(audit.Refreshes >= 40, $"only {audit.Refreshes} refreshes happened in {SimulatedTime}");
        Assert.Equal(0, audit.ExpiredSeconds);
        Assert.True(audit.EarliestFraction >= 0.6, $"a credential was refreshed at {audit.EarliestFraction:P1} of its lifetime");
        Assert.Equal(names.Count + audit.Refreshes, generateCalls);
    }

    private static async Task<Dictionary<string, ExternalSecretStatus>> StatusesAsync(OperatorStack stack)
    {
        var list = await stack.Kubernetes.CustomObjects.ListNamespacedCustomObjectAsync<ExternalSecretList>(
            ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, OperatorStack.Namespace, ExternalSecret.KubePluralName);

        return list.Items.ToDictionary(item => item.Metadata.Name, item => item.Status!);
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    /// <summary>Sums the time targets held an expired credential and tracks the earliest refresh point.</summary>
    private sealed class Audit
    {
        public int Refreshes { get; private set; }

        public double ExpiredSeconds { get; private set; }

        public double EarliestFraction { get; private set; } = 1;

        public void Record(CredentialLease replaced, CredentialLease lease)
        {
            var issued = Utc(replaced.IssuedAt!.Value);
            var expires = Utc(replaced.Expiration!.Value);
            var refreshedAt = Utc(lease.IssuedAt!.Value);
            Refreshes++;
            ExpiredSeconds += Math.Max(0, (refreshedAt - expires).TotalSeconds);
            EarliestFraction = Math.Min(EarliestFraction, (refreshedAt - issued) / (expires - issued));
        }
    }
}
