using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Btwc.Client.Internal;

/// <summary>
/// Validates server certificates against the system roots and, in addition, the configured CA bundle. Remembers
/// why it last rejected a certificate, because the TLS exception that reaches the caller does not contain the reason.
/// </summary>
internal sealed class CertificateTrust
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    private readonly X509Certificate2Collection? _extraRoots;
    private long _rejections;
    private volatile string _lastRejection = "the certificate chain is not valid";

    public CertificateTrust(X509Certificate2Collection? extraRoots)
    {
        _extraRoots = extraRoots;
    }

    /// <summary>The number of certificates rejected so far; a change across one request means it was rejected.</summary>
    public long Rejections => Interlocked.Read(ref _rejections);

    /// <summary>Why the last certificate was rejected.</summary>
    public string LastRejection => _lastRejection;

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        var reason = FindRejection(certificate, chain, errors);
        if (reason is null)
        {
            return true;
        }

        _lastRejection = reason;
        Interlocked.Increment(ref _rejections);

        return false;
    }

    private string? FindRejection(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return "the server sent no certificate";
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return "the certificate does not cover the host name";
        }

        if (_extraRoots is null)
        {
            return "it is not issued by a CA in the system trust store: " + Describe(chain);
        }

        return BuildWithBundle(certificate, chain);
    }

    private string? BuildWithBundle(X509Certificate certificate, X509Chain? presented)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_extraRoots!);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ServerAuthentication);
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements.Skip(1))
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());

        return chain.Build(leaf) || EndsAtBundleCertificate(chain)
            ? null
            : "it is issued neither by a CA in the system trust store nor by one in CaBundlePem: " + Describe(chain);
    }

    // A bundle may hold only an intermediate CA. Like OpenSSL's partial-chain mode and Go's root pools, a chain
    // that ends at any certificate of the bundle is trusted, provided nothing else is wrong with it.
    private bool EndsAtBundleCertificate(X509Chain chain)
    {
        if (chain.ChainElements.Count < 2 || chain.ChainStatus.Any(status => status.Status != X509ChainStatusFlags.PartialChain))
        {
            return false;
        }

        var last = chain.ChainElements[^1].Certificate;

        return _extraRoots!.Any(root => root.RawDataMemory.Span.SequenceEqual(last.RawDataMemory.Span));
    }

    private static string Describe(X509Chain? chain)
    {
        if (chain is null || chain.ChainStatus.Length == 0)
        {
            return "the chain could not be built";
        }

        return string.Join(", ", chain.ChainStatus.Select(status => status.Status.ToString()).Distinct());
    }
}
