using System.Net;
using System.Security.Cryptography.X509Certificates;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class CertificateTests
{
    [Fact]
    public async Task CaPem_IsCaCertificate()
    {
        await using var harness = await Harness.StartAsync();

        using var authority = X509Certificate2.CreateFromPem(harness.Server.CaCertificatePem);
        var constraints = authority.Extensions.OfType<X509BasicConstraintsExtension>().Single();

        Assert.True(constraints.CertificateAuthority);
        Assert.DoesNotContain("PRIVATE KEY", harness.Server.CaCertificatePem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Localhost_MatchesDnsSan()
    {
        await using var harness = await Harness.StartAsync();
        using var request = harness.Request(HttpMethod.Get, string.Empty);
        request.RequestUri = new Uri($"https://localhost:{harness.Server.Port}/site/{Harness.SiteId}/secrets/session");

        using var response = await harness.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OtherSimulatorsCa_IsRejected()
    {
        await using var harness = await Harness.StartAsync();
        await using var other = await SimulatorServer.StartAsync(new SimulatorOptions(), TestContext.Current.CancellationToken);
        using var client = new HttpClient(TrustingHandler.Create(other.CaCertificatePem));

        var call = client.GetAsync(harness.Base + "/session", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<HttpRequestException>(() => call);
    }

    [Fact]
    public async Task CertificateDirectory_PersistsAndReloadsCa()
    {
        var directory = Path.Combine(Path.GetTempPath(), "btwc-sim-ca-" + Guid.NewGuid().ToString("N"));
        try
        {
            string firstPem;
            await using (var first = await SimulatorServer.StartAsync(new SimulatorOptions { CertificateDirectory = directory }, TestContext.Current.CancellationToken))
            {
                firstPem = first.CaCertificatePem;
            }

            await using var second = await SimulatorServer.StartAsync(new SimulatorOptions { CertificateDirectory = directory }, TestContext.Current.CancellationToken);
            second.State.AddSite("s");
            second.State.AddToken("s", "t");
            using var client = new HttpClient(TrustingHandler.Create(firstPem));
            using var request = new HttpRequestMessage(HttpMethod.Get, second.SiteUrl("s") + "/session");
            request.Headers.Add("Authorization", "Bearer t");
            request.Headers.Add("bt-secrets-api-version", Harness.ApiVersion);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Equal(firstPem, second.CaCertificatePem);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(File.Exists(Path.Combine(directory, "ca.pem")));
            Assert.True(File.Exists(Path.Combine(directory, "server.key")));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory, "ca.key")));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
