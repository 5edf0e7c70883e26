using System.Globalization;
using System.Text;
using Btwc.Operator.Decisions.Hashing.Internal;
using Org.BouncyCastle.Crypto.Digests;

namespace Btwc.Operator.Decisions.Hashing;

/// <summary>
/// The hashes ESO writes into the cluster, reproduced byte-for-byte so that Secrets and ExternalSecrets that ESO
/// already manages are taken over without a re-sync. Every hash is the lower-case hex SHA3-224 of Go's
/// <c>fmt.Sprintf("%+v", x)</c> rendering of a value (ESO's <c>ObjectHash</c>).
/// </summary>
public static class EsoHash
{
    private const int MaxFieldManagerLength = 63;

    /// <summary>Computes the lower-case hex SHA3-224 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha3Hex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var input = Encoding.UTF8.GetBytes(text);
        var digest = new Sha3Digest(224);
        digest.BlockUpdate(input, 0, input.Length);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);

        return Convert.ToHexStringLower(output);
    }

    /// <summary>
    /// Computes the value of the <c>reconcile.external-secrets.io/data-hash</c> annotation for a Secret's
    /// <c>.data</c>. A null or empty map hashes as <c>map[]</c>.
    /// </summary>
    public static string DataHash(IEnumerable<KeyValuePair<string, byte[]>>? data) =>
        Sha3Hex(GoFormat.ByteMap(data));

    /// <summary>Computes the value of the <c>reconcile.external-secrets.io/created-by</c> label.</summary>
    public static string CreatedByLabelValue(string externalSecretNamespace, string externalSecretName) =>
        Sha3Hex($"{externalSecretNamespace}/{externalSecretName}");

    /// <summary>Computes the hash of an object's labels and annotations that ESO puts in syncedResourceVersion.</summary>
    public static string MetadataHash(
        IEnumerable<KeyValuePair<string, string>>? labels,
        IEnumerable<KeyValuePair<string, string>>? annotations) =>
        Sha3Hex(GoFormat.MetaStruct(annotations, labels));

    /// <summary>
    /// Computes <c>status.syncedResourceVersion</c>: <c>"&lt;generation&gt;-&lt;metadata hash&gt;"</c>. Comparing it
    /// with the stored value shows whether the spec, a label or an annotation changed since the last sync.
    /// </summary>
    public static string SyncedResourceVersion(
        long generation,
        IEnumerable<KeyValuePair<string, string>>? labels,
        IEnumerable<KeyValuePair<string, string>>? annotations) =>
        generation.ToString(CultureInfo.InvariantCulture) + "-" + MetadataHash(labels, annotations);

    /// <summary>
    /// Returns the field manager name for writes on behalf of an ExternalSecret:
    /// <c>externalsecrets.external-secrets.io/&lt;name&gt;</c>, or
    /// <c>externalsecrets.external-secrets.io/sha3/&lt;sha3-224 of name&gt;</c> when the first form is longer
    /// than 63 bytes.
    /// </summary>
    public static string FieldManager(string externalSecretName)
    {
        ArgumentNullException.ThrowIfNull(externalSecretName);

        var plain = EsoMetadata.FieldManagerPrefix + externalSecretName;
        if (Encoding.UTF8.GetByteCount(plain) <= MaxFieldManagerLength)
        {
            return plain;
        }

        return EsoMetadata.FieldManagerPrefix + "sha3/" + Sha3Hex(externalSecretName);
    }

    /// <summary>
    /// Computes the owner-key label ESO puts on a GeneratorState: the hash of
    /// <c>"ExternalSecret-&lt;namespace&gt;-&lt;name&gt;-&lt;dataFrom index&gt;"</c>.
    /// </summary>
    public static string GeneratorStateOwnerKey(string externalSecretNamespace, string externalSecretName, int dataFromIndex) =>
        Sha3Hex(string.Create(
            CultureInfo.InvariantCulture,
            $"{EsoMetadata.ExternalSecretKind}-{externalSecretNamespace}-{externalSecretName}-{dataFromIndex}"));
}
