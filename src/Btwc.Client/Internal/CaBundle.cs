using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Btwc.Client.Internal;

/// <summary>Loads <see cref="BtwcClientOptions.CaBundlePem"/>: PEM text with one or more certificates, or base64 of it.</summary>
internal static class CaBundle
{
    private const string PemMarker = "-----BEGIN CERTIFICATE-----";

    /// <summary>Returns the certificates, or throws <see cref="BtwcConfigurationException"/> naming the defect.</summary>
    public static X509Certificate2Collection Load(string pem)
    {
        var text = pem.Contains(PemMarker, StringComparison.Ordinal) ? pem : DecodeBase64(pem);
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(text);
        }
        catch (CryptographicException exception)
        {
            throw new BtwcConfigurationException(
                nameof(BtwcClientOptions.CaBundlePem),
                $"CaBundlePem contains a certificate that cannot be read ({exception.Message.TrimEnd('.')}). Give the CA certificates as PEM text, each between \"{PemMarker}\" and \"-----END CERTIFICATE-----\".");
        }

        if (certificates.Count == 0)
        {
            throw new BtwcConfigurationException(
                nameof(BtwcClientOptions.CaBundlePem),
                $"CaBundlePem contains no PEM certificate. Give the CA certificates as PEM text, each between \"{PemMarker}\" and \"-----END CERTIFICATE-----\".");
        }

        return certificates;
    }

    /// <summary>Returns a stable key of the bundle's certificates, independent of their order and of whitespace.</summary>
    public static string Fingerprint(X509Certificate2Collection certificates)
    {
        var thumbprints = certificates
            .Select(certificate => certificate.GetCertHashString(HashAlgorithmName.SHA256))
            .Order(StringComparer.Ordinal);

        return string.Join(",", thumbprints);
    }

    private static string DecodeBase64(string text)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text.Trim()));
        }
        catch (FormatException)
        {
            // Neither PEM nor base64: Load reports that no certificate was found.
            return string.Empty;
        }
    }
}
