using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.Generators;

/// <summary>
/// The spec wrapped by a ClusterGenerator: exactly one field, named after the generator kind. Only the BeyondTrust
/// Workload Credentials spec is typed. The specs of other kinds are kept as given (the schema preserves their
/// fields) so that External Secrets manifests for them apply, and the operator reports them as not supported.
/// </summary>
/// <remarks>
/// The untyped specs are dictionaries rather than JSON nodes because <c>KubernetesYaml</c> cannot create JSON
/// nodes. Read through System.Text.Json their values are <c>JsonElement</c>s. Read from YAML they are
/// dictionaries, lists and scalars.
/// </remarks>
[PropertyCount(1, 1)]
public sealed class GeneratorSpec
{
    private static readonly Dictionary<string, string> FieldNamesByKind = new(StringComparer.Ordinal)
    {
        [GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret] = "beyondtrustWorkloadCredentialsDynamicSecretSpec",
        [GeneratorKind.AcrAccessToken] = "acrAccessTokenSpec",
        [GeneratorKind.CloudsmithAccessToken] = "cloudsmithAccessTokenSpec",
        [GeneratorKind.EcrAuthorizationToken] = "ecrAuthorizationTokenSpec",
        [GeneratorKind.Fake] = "fakeSpec",
        [GeneratorKind.GcrAccessToken] = "gcrAccessTokenSpec",
        [GeneratorKind.GithubAccessToken] = "githubAccessTokenSpec",
        [GeneratorKind.GitlabDeployToken] = "gitlabDeployTokenSpec",
        [GeneratorKind.Grafana] = "grafanaSpec",
        [GeneratorKind.Mfa] = "mfaSpec",
        [GeneratorKind.Password] = "passwordSpec",
        [GeneratorKind.QuayAccessToken] = "quayAccessTokenSpec",
        [GeneratorKind.SshKey] = "sshKeySpec",
        [GeneratorKind.StsSessionToken] = "stsSessionTokenSpec",
        [GeneratorKind.Uuid] = "uuidSpec",
        [GeneratorKind.VaultDynamicSecret] = "vaultDynamicSecretSpec",
        [GeneratorKind.Webhook] = "webhookSpec",
    };

    /// <summary>The spec of a <c>BeyondtrustWorkloadCredentialsDynamicSecret</c> generator.</summary>
    [JsonPropertyName("beyondtrustWorkloadCredentialsDynamicSecretSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BeyondtrustWorkloadCredentialsDynamicSecretSpec? BeyondtrustWorkloadCredentialsDynamicSecretSpec { get; set; }

    /// <summary>The spec of an <c>ACRAccessToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("acrAccessTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? AcrAccessTokenSpec { get; set; }

    /// <summary>The spec of a <c>CloudsmithAccessToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("cloudsmithAccessTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? CloudsmithAccessTokenSpec { get; set; }

    /// <summary>The spec of an <c>ECRAuthorizationToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("ecrAuthorizationTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? EcrAuthorizationTokenSpec { get; set; }

    /// <summary>The spec of a <c>Fake</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("fakeSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? FakeSpec { get; set; }

    /// <summary>The spec of a <c>GCRAccessToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("gcrAccessTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? GcrAccessTokenSpec { get; set; }

    /// <summary>The spec of a <c>GithubAccessToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("githubAccessTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? GithubAccessTokenSpec { get; set; }

    /// <summary>The spec of a <c>GitlabDeployToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("gitlabDeployTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? GitlabDeployTokenSpec { get; set; }

    /// <summary>The spec of a <c>Grafana</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("grafanaSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? GrafanaSpec { get; set; }

    /// <summary>The spec of an <c>MFA</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("mfaSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? MfaSpec { get; set; }

    /// <summary>The spec of a <c>Password</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("passwordSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? PasswordSpec { get; set; }

    /// <summary>The spec of a <c>QuayAccessToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("quayAccessTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? QuayAccessTokenSpec { get; set; }

    /// <summary>The spec of an <c>SSHKey</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("sshKeySpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? SshKeySpec { get; set; }

    /// <summary>The spec of an <c>STSSessionToken</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("stsSessionTokenSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? StsSessionTokenSpec { get; set; }

    /// <summary>The spec of a <c>UUID</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("uuidSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? UuidSpec { get; set; }

    /// <summary>The spec of a <c>VaultDynamicSecret</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("vaultDynamicSecretSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? VaultDynamicSecretSpec { get; set; }

    /// <summary>The spec of a <c>Webhook</c> generator, kept as given. This operator does not run that kind.</summary>
    [JsonPropertyName("webhookSpec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [PreserveUnknownFields]
    public Dictionary<string, object?>? WebhookSpec { get; set; }

    /// <summary>Returns the name of the field that contains the spec of a generator kind, such as <c>passwordSpec</c> for <c>Password</c>.</summary>
    /// <param name="kind">A generator kind, as in <see cref="GeneratorKind"/>.</param>
    /// <returns>The field name, or null when the kind has no spec field (<c>ClusterGenerator</c> or an unknown kind).</returns>
    public static string? FieldNameFor(string kind) => FieldNamesByKind.GetValueOrDefault(kind);
}
