using System.Buffers;
using System.Text.Json;
using Btwc.Simulator.Internal.Model;

namespace Btwc.Simulator.Internal;

/// <summary>Mints credentials in the shapes the real API returns, with values that look like real ones.</summary>
internal sealed class CredentialWriter(SimulatorRandom random, TimeProvider time)
{
    private const string AccessKeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string AzureSecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";

    /// <summary>Writes <c>{"secret": {...}}</c> for <paramref name="definition"/> and returns the new lease id.</summary>
    public string Write(IBufferWriter<byte> buffer, DynamicSecretRecord definition)
    {
        var leaseId = random.NewGuid().ToString();
        var expiration = Json.TruncateToSeconds(time.GetUtcNow()).AddSeconds(definition.Definition.TtlSeconds);
        using var writer = new Utf8JsonWriter(buffer, Json.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartObject("secret");
        if (definition.Definition.Type == DynamicSecretType.Aws)
        {
            WriteRandom(writer, "accessKeyId", "ASIA", 16, AccessKeyAlphabet);
            WriteRandom(writer, "secretAccessKey", string.Empty, 40, Base64Alphabet);
            if (definition.Definition.IncludeSessionToken)
            {
                WriteRandom(writer, "sessionToken", "IQoJb3JpZ2luX2VjE", 300, Base64Alphabet);
            }
        }
        else
        {
            writer.WriteString("clientId", definition.ClientId);
            WriteRandom(writer, "clientSecret", string.Empty, 40, AzureSecretAlphabet);
            writer.WriteString("tenantId", definition.TenantId);
        }

        writer.WriteString("leaseId", leaseId);
        Json.WriteTime(writer, "expiration", expiration);
        writer.WriteEndObject();
        writer.WriteEndObject();

        return leaseId;
    }

    private void WriteRandom(Utf8JsonWriter writer, string property, string prefix, int length, string alphabet)
    {
        Span<char> value = stackalloc char[prefix.Length + length];
        prefix.CopyTo(value);
        random.NextChars(value[prefix.Length..], alphabet);
        writer.WriteString(property, value);
    }
}
