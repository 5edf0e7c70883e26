using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Btwc.Simulator.Internal.Certificates;

/// <summary>A CA and a server certificate it signed, for 127.0.0.1 and localhost.</summary>
internal sealed class SimulatorCertificates : IDisposable
{
    private const string CaFile = "ca.pem";
    private const string CaKeyFile = "ca.key";
    private const string ServerFile = "server.pem";
    private const string ServerKeyFile = "server.key";

    private SimulatorCertificates(X509Certificate2 authority, X509Certificate2 server)
    {
        Authority = authority;
        Server = server;
    }

    /// <summary>The CA certificate, with its private key.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate, with its private key.</summary>
    public X509Certificate2 Server { get; }

    public string AuthorityPem => Authority.ExportCertificatePem();

    /// <summary>
    /// Loads the certificates from <paramref name="directory"/> when present there, otherwise creates them and,
    /// with a directory, writes them there. A server certificate that expires within a day is issued anew.
    /// </summary>
    public static SimulatorCertificates LoadOrCreate(string? directory)
    {
        // NOTE: validity uses the real clock, not the simulator's TimeProvider, because TLS clients check it against theirs.
        var now = DateTimeOffset.UtcNow;
        if (directory is null)
        {
            var authority = CreateAuthority(now);

            return new SimulatorCertificates(authority, CreateServer(authority, now));
        }

        Directory.CreateDirectory(directory);
        var ca = LoadOrCreateAuthority(directory, now);
        var serverPath = Path.Combine(directory, ServerFile);
        var serverKeyPath = Path.Combine(directory, ServerKeyFile);
        if (File.Exists(serverPath) && File.Exists(serverKeyPath))
        {
            var loaded = X509Certificate2.CreateFromPemFile(serverPath, serverKeyPath);
            if (loaded.NotAfter.ToUniversalTime() > now.UtcDateTime.AddDays(1) && loaded.Issuer == ca.Subject)
            {
                return new SimulatorCertificates(ca, loaded);
            }

            loaded.Dispose();
        }

        var server = CreateServer(ca, now);
        Write(server, serverPath, serverKeyPath);

        return new SimulatorCertificates(ca, server);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
    }

    private static X509Certificate2 LoadOrCreateAuthority(string directory, DateTimeOffset now)
    {
        var path = Path.Combine(directory, CaFile);
        var keyPath = Path.Combine(directory, CaKeyFile);
        if (File.Exists(path) && File.Exists(keyPath))
        {
            return X509Certificate2.CreateFromPemFile(path, keyPath);
        }

        var authority = CreateAuthority(now);
        Write(authority, path, keyPath);

        return authority;
    }

    private static X509Certificate2 CreateAuthority(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Btwc Simulator CA, O=btwc-operator test double", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
    }

    private static X509Certificate2 CreateServer(X509Certificate2 authority, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build(true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var notAfter = now.AddYears(1) < authority.NotAfter ? now.AddYears(1) : new DateTimeOffset(authority.NotAfter.ToUniversalTime());
        Span<byte> serial = stackalloc byte[16];
        RandomNumberGenerator.Fill(serial);
        serial[0] &= 0x7F;
        using var issued = request.Create(authority, now.AddMinutes(-5), notAfter, serial);

        return issued.CopyWithPrivateKey(key);
    }

    private static void Write(X509Certificate2 certificate, string path, string keyPath)
    {
        using var key = certificate.GetECDsaPrivateKey()
            ?? throw new InvalidOperationException($"Certificate '{certificate.Subject}' has no ECDSA private key to write to '{keyPath}'.");
        File.WriteAllText(path, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
