using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Btwc.Cli.Tests.EndToEnd;

namespace Btwc.Cli.Tests.Dev;

/// <summary>
/// <c>btwc run</c> as a real process with its metrics and probe endpoints on 127.0.0.1, against the Kubernetes
/// emulator and the BeyondTrust simulator (test doubles, not a cluster or a tenant).
/// </summary>
public sealed class RunCommandEndpointsTests
{
    private const string ExternalSecretName = "beyondtrustworkloadcredentials-dynamic";

    [Fact]
    public async Task Run_WithEndpoints_ServesMetricsAndProbes()
    {
        await using var stack = await OperatorStack.StartAsync(startOperator: false);
        await stack.ApplyExampleAsync("basic");
        var metricsPort = FreeLoopbackPort();
        var probePort = FreeLoopbackPort();
        var arguments = $"run --kubeconfig \"{stack.Stack.KubeconfigPath}\" --leader-elect true --leader-election-namespace {OperatorStack.Namespace} "
            + $"--metrics-bind-address 127.0.0.1:{metricsPort} --health-probe-bind-address 127.0.0.1:{probePort}";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var probes = new Uri($"http://127.0.0.1:{probePort}/");

        using var process = StartBtwc(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        string scrape;
        HttpStatusCode liveness;
        try
        {
            await stack.WaitForReadyAsync(ExternalSecretName, timeout: TimeSpan.FromSeconds(40));
            await Eventually.TrueAsync(
                async () => (await http.GetAsync(new Uri(probes, "readyz"))).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(20),
                () => "/readyz did not return 200 after the ExternalSecret became Ready");
            liveness = (await http.GetAsync(new Uri(probes, "healthz"))).StatusCode;

            // The freshness gauges read the informer cache, which receives the status a moment after it is written.
            var latest = string.Empty;
            await Eventually.TrueAsync(
                async () => (latest = await http.GetStringAsync(new Uri($"http://127.0.0.1:{metricsPort}/metrics"))).Contains("\nbtwc_credential_earliest_expiry_seconds ", StringComparison.Ordinal),
                TimeSpan.FromSeconds(10),
                () => "the scrape never showed btwc_credential_earliest_expiry_seconds");
            scrape = latest;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal(HttpStatusCode.OK, liveness);
        Assert.Equal(1, SampleValue(scrape, "btwc_generator_calls_total{outcome=\"success\"}"));
        Assert.True(SampleValue(scrape, "btwc_externalsecret_sync_calls_total") >= 1, scrape);
        Assert.Equal(1, SampleValue(scrape, "btwc_client_calls_total{btwc_operation=\"generate\",btwc_outcome=\"success\"}"));
        Assert.Contains("# TYPE btwc_reconcile_duration_seconds histogram", scrape, StringComparison.Ordinal);
        Assert.Equal(0, SampleValue(scrape, "btwc_credentials_expired"));
        Assert.InRange(SampleValue(scrape, "btwc_credential_earliest_expiry_seconds"), 3000, 3601);
        Assert.DoesNotContain(stack.Stack.Token, scrape, StringComparison.Ordinal);
        Assert.DoesNotContain(stack.Stack.Token, await output + await error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--metrics-bind-address 8080", "--metrics-bind-address '8080' is invalid because the port is missing")]
    [InlineData("--health-probe-bind-address example.com:8081", "--health-probe-bind-address 'example.com:8081' is invalid because the host 'example.com'")]
    [InlineData("--metrics-bind-address :8080 --health-probe-bind-address 127.0.0.1:8080", "use the same port")]
    public async Task Run_InvalidBindAddress_PrintsOneLine(string arguments, string expected)
    {
        using var process = StartBtwc("run --kubeconfig /nonexistent/kubeconfig " + arguments);
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("btwc: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ProbePortTaken_PrintsOneLine()
    {
        await using var stack = await OperatorStack.StartAsync(startOperator: false);
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        using var process = StartBtwc($"run --kubeconfig \"{stack.Stack.KubeconfigPath}\" --leader-elect false --health-probe-bind-address 127.0.0.1:{port}");
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith($"btwc: --health-probe-bind-address '127.0.0.1:{port}' cannot be used: ", error, StringComparison.Ordinal);
        Assert.Contains("choose another port", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static Process StartBtwc(string arguments) =>
        Process.Start(new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "btwc.dll")}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;

    /// <summary>Returns a port that was free on 127.0.0.1 a moment ago; another process could take it before btwc binds it.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Returns the value of the sample whose name and labels are exactly <paramref name="series"/>.</summary>
    private static double SampleValue(string scrape, string series)
    {
        var line = scrape.Split('\n').SingleOrDefault(candidate => candidate.StartsWith(series + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"the scrape has no sample {series}:\n{scrape}");

        return double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
    }
}
