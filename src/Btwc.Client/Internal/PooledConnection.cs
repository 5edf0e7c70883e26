using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Btwc.Client.Internal;

/// <summary>One pooled handler, its <see cref="HttpClient"/> and its certificate trust, shared by every client of
/// the same (API URL, CA bundle) pair.</summary>
internal sealed class PooledConnection : IDisposable
{
    private readonly SocketsHttpHandler _handler;

    public PooledConnection(X509Certificate2Collection? extraRoots)
    {
        Trust = new CertificateTrust(extraRoots);
        _handler = new SocketsHttpHandler
        {
            // Reconnects now and then so DNS changes are seen.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            // A redirect would lose the Authorization header, so it is reported instead of followed.
            AllowAutoRedirect = false,
            UseCookies = false,
            SslOptions =
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                RemoteCertificateValidationCallback = Trust.Validate,
            },
        };
        Client = new HttpClient(_handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpClient Client { get; }

    public CertificateTrust Trust { get; }

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }
}
