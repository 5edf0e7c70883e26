namespace Btwc.Simulator;

/// <summary>The actions a token may perform on the secrets of a folder.</summary>
[Flags]
public enum SecretActions
{
    /// <summary>No action.</summary>
    None = 0,

    /// <summary>Read and list static secrets and read dynamic secret definitions.</summary>
    Read = 1,

    /// <summary>Generate dynamic credentials.</summary>
    Generate = 2,

    /// <summary>Every action.</summary>
    All = Read | Generate,
}
