using Btwc.Client.Tests.Infrastructure;

namespace Btwc.Client.Tests.Stub;

public sealed class TrustTests : IAsyncLifetime
{
    private StubServer _server = null!;
    private readonly ClientHarness _harness = new();

    public async ValueTask InitializeAsync() => _server = await StubServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task WrongCa_TransportNotTrustedNamingApiUrl()
    {
        using var other = TestPki.Create("Some Other CA");
        var client = _harness.Create(_server.ApiUrl, other.AuthorityPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.Equal(BtwcErrorKind.Transport, exception.Kind);
        Assert.True(exception.IsCertificateNotTrusted);
        Assert.False(exception.IsTransient);
        Assert.Contains("is not trusted", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{_server.ApiUrl.ToString().TrimEnd('/')}\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("CaBundlePem", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
        Assert.DoesNotContain(_harness.Logs, record => record.Id.Name == "RetryScheduled");
    }

    [Fact]
    public async Task NoCa_PrivateServer_NotTrusted()
    {
        var client = _harness.Create(_server.ApiUrl, null);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.True(exception.IsCertificateNotTrusted);
        Assert.Contains("system trust store", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BundleWithSeveralCertificates_Trusted()
    {
        using var other = TestPki.Create("Some Other CA");
        var bundle = other.AuthorityPem + "\n" + _server.CaPem;
        var client = _harness.Create(_server.ApiUrl, bundle);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Base64Bundle_Trusted()
    {
        var base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(_server.CaPem));
        var client = _harness.Create(_server.ApiUrl, base64);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CaOfOneClient_NotTrustedByAnother()
    {
        var trusting = _harness.Create(_server.ApiUrl, _server.CaPem);
        var plain = _harness.Create(_server.ApiUrl, null);

        await trusting.CheckSessionAsync(TestContext.Current.CancellationToken);
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => plain.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.True(exception.IsCertificateNotTrusted);
    }

    [Fact]
    public async Task NameMismatch_NotTrustedEvenWithCa()
    {
        await using var server = await StubServer.StartAsync(TestPki.Create("Mismatch CA", includeLoopback: false, "btwc.example.invalid"));
        var client = _harness.Create(server.ApiUrl, server.CaPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.True(exception.IsCertificateNotTrusted);
        Assert.Contains("does not cover the host name", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RootAndIntermediateBundle_Trusted()
    {
        await using var server = await StubServer.StartAsync(TestPki.CreateWithIntermediate());
        var bundle = server.Pki.Authority.ExportCertificatePem() + "\n" + server.Pki.Intermediate!.ExportCertificatePem();
        var client = _harness.Create(server.ApiUrl, bundle);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task RootOnlyBundle_MissingIntermediate_NotTrusted()
    {
        await using var server = await StubServer.StartAsync(TestPki.CreateWithIntermediate());
        var client = _harness.Create(server.ApiUrl, server.Pki.AuthorityPem);

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.True(exception.IsCertificateNotTrusted);
    }

    [Fact]
    public async Task IntermediateOnlyBundle_Trusted()
    {
        await using var server = await StubServer.StartAsync(TestPki.CreateWithIntermediate());
        var client = _harness.Create(server.ApiUrl, server.Pki.Intermediate!.ExportCertificatePem());

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Single(server.Requests);
    }
}
