namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Values of <c>conversionStrategy</c>: how remote keys become Secret keys.</summary>
public static class ConversionStrategy
{
    /// <summary>Keeps the keys as they are.</summary>
    public const string Default = "Default";

    /// <summary>Replaces characters not valid in a Secret key with their Unicode code point.</summary>
    public const string Unicode = "Unicode";
}

/// <summary>Values of <c>decodingStrategy</c> and <c>valuesDecodingStrategy</c>.</summary>
public static class DecodingStrategy
{
    /// <summary>Decodes Base64 or Base64URL when the value is valid in one of them, else keeps it.</summary>
    public const string Auto = "Auto";

    /// <summary>Decodes standard Base64.</summary>
    public const string Base64 = "Base64";

    /// <summary>Decodes URL-safe Base64.</summary>
    public const string Base64Url = "Base64URL";

    /// <summary>Keeps the value as it is.</summary>
    public const string None = "None";
}

/// <summary>Values of <c>metadataPolicy</c>.</summary>
public static class MetadataPolicy
{
    /// <summary>Reads the value of the remote secret.</summary>
    public const string None = "None";

    /// <summary>Reads the metadata of the remote secret.</summary>
    public const string Fetch = "Fetch";
}

/// <summary>Values of <c>nullBytePolicy</c>.</summary>
public static class NullBytePolicy
{
    /// <summary>Keeps values that contain a NUL byte.</summary>
    public const string Ignore = "Ignore";

    /// <summary>Rejects values that contain a NUL byte.</summary>
    public const string Fail = "Fail";
}
