namespace Btwc.Operator.Api.Generators;

/// <summary>
/// The generator kinds External Secrets defines, in the order its schema lists them. This operator runs only
/// <see cref="BeyondtrustWorkloadCredentialsDynamicSecret"/>, directly or through a <see cref="ClusterGenerator"/>;
/// the others are accepted by the schema and reported as not supported.
/// </summary>
public static class GeneratorKind
{
    /// <summary>An Azure Container Registry access token.</summary>
    public const string AcrAccessToken = "ACRAccessToken";

    /// <summary>A BeyondTrust Workload Credentials dynamic secret.</summary>
    public const string BeyondtrustWorkloadCredentialsDynamicSecret = "BeyondtrustWorkloadCredentialsDynamicSecret";

    /// <summary>A cluster-scoped wrapper around one generator of another kind. Valid in a generator reference only.</summary>
    public const string ClusterGenerator = "ClusterGenerator";

    /// <summary>A Cloudsmith access token.</summary>
    public const string CloudsmithAccessToken = "CloudsmithAccessToken";

    /// <summary>An AWS ECR authorization token.</summary>
    public const string EcrAuthorizationToken = "ECRAuthorizationToken";

    /// <summary>Fixed values, for tests.</summary>
    public const string Fake = "Fake";

    /// <summary>A Google Container Registry access token.</summary>
    public const string GcrAccessToken = "GCRAccessToken";

    /// <summary>A GitHub access token.</summary>
    public const string GithubAccessToken = "GithubAccessToken";

    /// <summary>A GitLab deploy token.</summary>
    public const string GitlabDeployToken = "GitlabDeployToken";

    /// <summary>A Quay access token.</summary>
    public const string QuayAccessToken = "QuayAccessToken";

    /// <summary>A random password.</summary>
    public const string Password = "Password";

    /// <summary>An SSH key pair.</summary>
    public const string SshKey = "SSHKey";

    /// <summary>An AWS STS session token.</summary>
    public const string StsSessionToken = "STSSessionToken";

    /// <summary>A random UUID.</summary>
    public const string Uuid = "UUID";

    /// <summary>A HashiCorp Vault dynamic secret.</summary>
    public const string VaultDynamicSecret = "VaultDynamicSecret";

    /// <summary>Values returned by an HTTP endpoint.</summary>
    public const string Webhook = "Webhook";

    /// <summary>A Grafana service account token.</summary>
    public const string Grafana = "Grafana";

    /// <summary>A one-time password.</summary>
    public const string Mfa = "MFA";
}
