using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Btwc.Client.Tests.Infrastructure;

/// <summary>A private CA and a server certificate issued by it, made fresh for each test server.</summary>
internal sealed class TestPki : IDisposable
{
    private TestPki(X509Certificate2 authority, X509Certificate2 server, X509Certificate2? intermediate = null)
    {
        Authority = authority;
        Server = server;
        Intermediate = intermediate;
    }

    /// <summary>The intermediate CA between <see cref="Authority"/> and <see cref="Server"/>, when there is one.</summary>
    public X509Certificate2? Intermediate { get; }

    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate with its private key.</summary>
    public X509Certificate2 Server { get; }

    public string AuthorityPem => Authority.ExportCertificatePem();

    /// <summary>Creates a CA and a server certificate for <paramref name="dnsNames"/> and 127.0.0.1.</summary>
    public static TestPki Create(string caName = "Btwc Client Tests CA", params string[] dnsNames) =>
        Create(caName, includeLoopback: true, dnsNames);

    /// <summary>Creates a CA and a server certificate; without <paramref name="includeLoopback"/> the certificate
    /// does not cover 127.0.0.1, so a client connecting there gets a name mismatch.</summary>
    public static TestPki Create(string caName, bool includeLoopback, params string[] dnsNames)
    {
        var authority = CreateAuthority(caName);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=btwc-test-server", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        if (includeLoopback)
        {
            names.AddIpAddress(IPAddress.Loopback);
        }

        foreach (var name in dnsNames.Length == 0 ? ["localhost"] : dnsNames)
        {
            names.AddDnsName(name);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(authority, now.AddMinutes(-5), now.AddDays(1), RandomNumberGenerator.GetBytes(12));
        using var withKey = issued.CopyWithPrivateKey(key);

        // Kestrel on Linux needs a certificate whose key is exportable through PKCS#12.
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);

        return new TestPki(authority, server);
    }

    /// <summary>Creates a root CA, an intermediate CA signed by it, and a server certificate signed by the intermediate.
    /// The server presents only its own certificate, so clients must know the intermediate.</summary>
    public static TestPki CreateWithIntermediate()
    {
        var root = CreateAuthority("Btwc Client Tests Root CA");
        using var intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Btwc Client Tests Intermediate CA", intermediateKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(root, now.AddMinutes(-5), now.AddDays(1), RandomNumberGenerator.GetBytes(12));
        var intermediate = issued.CopyWithPrivateKey(intermediateKey);
        var leaf = Create("unused", includeLoopback: true, "localhost");
        var server = Reissue(leaf.Server, intermediate);
        leaf.Dispose();

        return new TestPki(root, server, intermediate);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        Intermediate?.Dispose();
    }

    private static X509Certificate2 Reissue(X509Certificate2 template, X509Certificate2 issuer)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(template.SubjectName, key, HashAlgorithmName.SHA256);
        foreach (var extension in template.Extensions)
        {
            request.CertificateExtensions.Add(extension);
        }

        // The certificate must expire before its issuer, which was created a moment earlier with one day to live.
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(issuer, now.AddMinutes(-5), now.AddHours(12), RandomNumberGenerator.GetBytes(12));
        using var withKey = issued.CopyWithPrivateKey(key);

        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2 CreateAuthority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;

        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));
    }
}
