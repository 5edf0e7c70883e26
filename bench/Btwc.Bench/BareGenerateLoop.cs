using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Btwc.Bench;

/// <summary>
/// The baseline: the same generate request and full body read as the client makes, with the same connection
/// settings (one pooled <see cref="SocketsHttpHandler"/>, TLS 1.2 or later, the simulator CA trusted), but no
/// validation, retries, parsing, logging or metrics.
/// </summary>
internal sealed class BareGenerateLoop : IDisposable
{
    private readonly HttpClient _http;
    private readonly SocketsHttpHandler _handler;
    private readonly Uri _uri;
    private readonly string _token;

    public BareGenerateLoop(Uri apiUrl, string siteId, string token, string caPem, string secretPath)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPem(caPem);
        var chainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        chainPolicy.CustomTrustStore.AddRange(roots);
        _handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AllowAutoRedirect = false,
            UseCookies = false,
            SslOptions =
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                CertificateChainPolicy = chainPolicy,
            },
        };
        _http = new HttpClient(_handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };
        var slash = secretPath.LastIndexOf('/');
        _uri = new Uri($"{apiUrl.ToString().TrimEnd('/')}/{siteId}/secrets/dynamic/{Uri.EscapeDataString(secretPath[(slash + 1)..])}/generate?folder={Uri.EscapeDataString(secretPath[..slash])}");
        _token = token;
    }

    public async ValueTask GenerateAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.TryAddWithoutValidation("bt-secrets-api-version", "2026-04-28");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if ((int)response.StatusCode != 201 || body.Length == 0)
        {
            throw new InvalidOperationException($"Generate returned HTTP {(int)response.StatusCode}.");
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }
}
