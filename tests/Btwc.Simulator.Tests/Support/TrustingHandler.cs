using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Btwc.Simulator.Tests.Support;

/// <summary>Creates HTTP handlers that trust only one CA, checked by building the chain against it.</summary>
internal static class TrustingHandler
{
    public static SocketsHttpHandler Create(string caPem)
    {
        var authority = X509Certificate2.CreateFromPem(caPem);

        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => IsTrusted(authority, certificate as X509Certificate2, errors),
            },
        };
    }

    private static bool IsTrusted(X509Certificate2 authority, X509Certificate2? certificate, SslPolicyErrors errors)
    {
        // Only chain errors are acceptable from the system check (the CA is not a system root); a name mismatch is not.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;

        return chain.Build(certificate);
    }
}
