using Btwc.Client.Tests.Infrastructure;

namespace Btwc.Client.Tests.Unit;

public sealed class FactoryOptionsTests
{
    private const string ApiUrl = "https://127.0.0.1:1/site";

    [Fact]
    public void Create_MissingTokenSource_Throws()
    {
        using var harness = new ClientHarness();
        var options = harness.CreateOptions(ApiUrl, null);
        options.TokenSource = null;

        var exception = Assert.Throws<BtwcConfigurationException>(() => harness.Factory.Create(options));

        Assert.Equal("TokenSource", exception.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2L * 1024 * 1024 * 1024)]
    public void Create_BadMaxResponseBytes_Throws(long value)
    {
        using var harness = new ClientHarness();
        var options = harness.CreateOptions(ApiUrl, null);
        options.MaxResponseBytes = value;

        var exception = Assert.Throws<BtwcConfigurationException>(() => harness.Factory.Create(options));

        Assert.Equal("MaxResponseBytes", exception.Field);
        Assert.Contains($"\"{value}\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ZeroTimeout_Throws()
    {
        using var harness = new ClientHarness();
        var options = harness.CreateOptions(ApiUrl, null);
        options.RequestTimeout = TimeSpan.Zero;

        var exception = Assert.Throws<BtwcConfigurationException>(() => harness.Factory.Create(options));

        Assert.Equal("RequestTimeout", exception.Field);
    }

    [Fact]
    public void Create_ApiVersionWithSpace_Throws()
    {
        using var harness = new ClientHarness();
        var options = harness.CreateOptions(ApiUrl, null);
        options.ApiVersion = "2026 04 28";

        var exception = Assert.Throws<BtwcConfigurationException>(() => harness.Factory.Create(options));

        Assert.Equal("ApiVersion", exception.Field);
    }

    [Theory]
    [InlineData("not a certificate")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")]
    public void Create_BadCaBundle_Throws(string pem)
    {
        using var harness = new ClientHarness();

        var exception = Assert.Throws<BtwcConfigurationException>(() => harness.Create(new Uri(ApiUrl), pem));

        Assert.Equal("CaBundlePem", exception.Field);
        Assert.Contains("BEGIN CERTIFICATE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NegativeRetries_Throws()
    {
        using var harness = new ClientHarness();
        var options = harness.CreateOptions(ApiUrl, null);
        options.Retry.MaxReadRetries = -1;

        Assert.Throws<BtwcConfigurationException>(() => harness.Factory.Create(options));
    }

    [Fact]
    public void Create_SamePair_SharesOneHandler()
    {
        using var harness = new ClientHarness();
        using var pki = TestPki.Create();
        using var other = TestPki.Create("Other CA");

        harness.Create(new Uri(ApiUrl), pki.AuthorityPem);
        harness.Create(new Uri(ApiUrl + "/"), pki.AuthorityPem, siteId: "00000000-0000-4000-8000-000000000001");
        harness.Create(new Uri(ApiUrl), other.AuthorityPem);
        harness.Create(new Uri(ApiUrl), null);
        harness.Create(new Uri("https://127.0.0.1:2/site"), pki.AuthorityPem);

        Assert.Equal(4, harness.Factory.PooledHandlerCount);
    }

    [Fact]
    public async Task Create_ConcurrentCalls_OneHandlerPerPair()
    {
        using var harness = new ClientHarness();
        using var pki = TestPki.Create();

        var tasks = Enumerable.Range(0, 32)
            .Select(i => Task.Run(() => harness.Create(new Uri(i % 2 == 0 ? ApiUrl : "https://127.0.0.1:2/site"), pki.AuthorityPem)));
        await Task.WhenAll(tasks);

        Assert.Equal(2, harness.Factory.PooledHandlerCount);
    }

    [Fact]
    public void Create_Base64Pem_Accepted()
    {
        using var harness = new ClientHarness();
        using var pki = TestPki.Create();
        var base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(pki.AuthorityPem));

        var client = harness.Create(new Uri(ApiUrl), base64);

        Assert.NotNull(client);
    }

    [Fact]
    public void Create_DisposedFactory_Throws()
    {
        var harness = new ClientHarness();
        harness.Dispose();

        Assert.Throws<ObjectDisposedException>(() => harness.Create(new Uri(ApiUrl), null));
    }
}
