using System.Text.Json.Nodes;
using Btwc.Client;
using Btwc.Operator.Observability;
using Btwc.Operator.Tests.Runtime.Support;
using Btwc.Simulator;

namespace Btwc.Operator.Tests.Observability;

/// <summary>The exporter on the real BeyondTrust client's instruments, calling the simulator over HTTPS on 127.0.0.1.</summary>
public sealed class ExporterClientTests
{
    private const string SiteId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
    private const string Token = "exporter-canary-token-4d1a";
    private const string StaticPassword = "exporter-canary-password-9c2e";

    [Fact]
    public async Task Scrape_AfterCalls_CountsWithoutSecrets()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions { Port = 0 }, ct);
        simulator.State.AddSite(SiteId);
        simulator.State.AddToken(SiteId, Token);
        simulator.State.PutDynamicSecret(SiteId, "production/aws-temp", new DynamicSecretDefinition());
        simulator.State.PutStaticSecret(SiteId, "prod/db", new JsonObject { ["password"] = StaticPassword });
        using var meterFactory = new TestMeterFactory();
        using var exporter = new PrometheusExporter(new PrometheusExporterOptions { MeterScope = meterFactory });
        using var factory = new BtwcClientFactory(meterFactory: meterFactory);
        var client = factory.Create(new BtwcClientOptions
        {
            ApiUrl = simulator.ApiUrl.ToString(),
            SiteId = SiteId,
            CaBundlePem = simulator.CaCertificatePem,
            TokenSource = _ => ValueTask.FromResult(Token),
        });

        var credential = await client.GenerateAsync(SecretPath.Parse("production/aws-temp"), ct);
        var secret = await client.GetStaticSecretAsync(SecretPath.Parse("prod/db"), ct);
        var text = exporter.Scrape();

        Assert.Contains("btwc_client_calls_total{btwc_operation=\"generate\",btwc_outcome=\"success\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("btwc_client_calls_total{btwc_operation=\"get\",btwc_outcome=\"success\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("btwc_client_call_duration_seconds_count{btwc_operation=\"generate\",btwc_outcome=\"success\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE btwc_client_call_duration_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(StaticPassword, text, StringComparison.Ordinal);
        Assert.DoesNotContain(credential.LeaseId!, text, StringComparison.Ordinal);
        Assert.All(credential.Values, pair => Assert.DoesNotContain(pair.Value, text, StringComparison.Ordinal));
        Assert.NotNull(secret);
    }
}
