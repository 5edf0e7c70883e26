namespace Btwc.Client;

/// <summary>
/// An invalid client setting or secret path. The message names the field, quotes the value and gives the fix.
/// </summary>
public sealed class BtwcConfigurationException : Exception
{
    /// <summary>Creates an exception for an invalid value of <paramref name="field"/>.</summary>
    /// <param name="field">The setting or argument that is invalid, for example <c>ApiUrl</c>.</param>
    /// <param name="message">The complete message: what is wrong, the quoted value and the fix.</param>
    public BtwcConfigurationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>Creates an exception without a field name.</summary>
    public BtwcConfigurationException()
        : this("unknown", "The BTWC client configuration is invalid.")
    {
    }

    /// <summary>Creates an exception without a field name.</summary>
    /// <param name="message">The complete message.</param>
    public BtwcConfigurationException(string message)
        : this("unknown", message)
    {
    }

    /// <summary>Creates an exception without a field name that wraps <paramref name="innerException"/>.</summary>
    /// <param name="message">The complete message.</param>
    /// <param name="innerException">The cause.</param>
    public BtwcConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "unknown";
    }

    /// <summary>The setting or argument that is invalid, for example <c>ApiUrl</c>, <c>SiteId</c> or <c>path</c>.</summary>
    public string Field { get; } = "unknown";
}
