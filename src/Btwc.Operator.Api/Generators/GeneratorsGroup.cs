namespace Btwc.Operator.Api.Generators;

/// <summary>Names of the <c>generators.external-secrets.io</c> API group.</summary>
public static class GeneratorsGroup
{
    /// <summary>The API group name.</summary>
    public const string Name = "generators.external-secrets.io";

    /// <summary>The served version.</summary>
    public const string Version = "v1alpha1";

    /// <summary>The <c>apiVersion</c> value of objects in this group.</summary>
    public const string ApiVersion = Name + "/" + Version;
}
