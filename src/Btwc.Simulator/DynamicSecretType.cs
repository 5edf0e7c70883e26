namespace Btwc.Simulator;

/// <summary>The cloud provider a dynamic secret definition mints credentials for.</summary>
public enum DynamicSecretType
{
    /// <summary>AWS assumed-role credentials (<c>credentialType: assumed_role</c>).</summary>
    Aws,

    /// <summary>Azure service principal password credentials (<c>credentialType: service_principal_password</c>).</summary>
    Azure,
}
