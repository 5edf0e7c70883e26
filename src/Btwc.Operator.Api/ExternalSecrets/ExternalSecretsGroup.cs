namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Names of the <c>external-secrets.io</c> API group.</summary>
public static class ExternalSecretsGroup
{
    /// <summary>The API group name.</summary>
    public const string Name = "external-secrets.io";

    /// <summary>The served version.</summary>
    public const string Version = "v1";

    /// <summary>The <c>apiVersion</c> value of objects in this group.</summary>
    public const string ApiVersion = Name + "/" + Version;
}
