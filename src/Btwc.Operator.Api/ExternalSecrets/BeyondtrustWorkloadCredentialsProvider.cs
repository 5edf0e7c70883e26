using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Settings for BeyondTrust Workload Credentials: the API token, the tenant and the CA to trust.</summary>
public sealed class BeyondtrustWorkloadCredentialsProvider
{
    /// <summary>How the operator authenticates to the API.</summary>
    [JsonPropertyName("auth")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public BeyondtrustWorkloadCredentialsAuth? Auth { get; set; }

    /// <summary>The API endpoint and the site (tenant) to use.</summary>
    [JsonPropertyName("server")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Required]
    public BeyondtrustWorkloadCredentialsServer? Server { get; set; }

    /// <summary>
    /// For a store, the folder that secret keys are relative to. For a generator, the dynamic secret to
    /// generate from, as <c>folder/name</c>, such as <c>production/aws-temp</c>.
    /// </summary>
    [JsonPropertyName("folderPath")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FolderPath { get; set; }

    /// <summary>PEM certificates to trust for the API, Base64-encoded, in addition to the system roots.</summary>
    /// <remarks>
    /// The value stays Base64 text in C# because <c>KubernetesYaml</c> would read a byte array from YAML
    /// without decoding it. <see cref="DecodeCaBundle"/> returns the PEM text.
    /// </remarks>
    [JsonPropertyName("caBundle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Format("byte")]
    public string? CaBundle { get; set; }

    /// <summary>A Secret or ConfigMap key that contains PEM certificates to trust for the API.</summary>
    [JsonPropertyName("caProvider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CAProvider? CaProvider { get; set; }

    /// <summary>Decodes <see cref="CaBundle"/> into PEM text, or returns null when it is not set.</summary>
    /// <returns>The PEM text, or null.</returns>
    /// <exception cref="FormatException">The value is not valid Base64.</exception>
    public string? DecodeCaBundle()
    {
        if (string.IsNullOrWhiteSpace(CaBundle))
        {
            return null;
        }

        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(CaBundle.Trim()));
        }
        catch (FormatException exception)
        {
            throw new FormatException(
                "caBundle is not valid Base64. Set it to the Base64 encoding of the PEM certificates, for example the output of 'base64 -w0 ca.crt'.",
                exception);
        }
    }
}
