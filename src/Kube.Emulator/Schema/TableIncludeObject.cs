namespace Kube.Emulator.Schema;

/// <summary>What each Table row carries in <c>object</c>, as the <c>includeObject</c> query parameter selects.</summary>
public enum TableIncludeObject
{
    /// <summary>No object.</summary>
    None,

    /// <summary>A <c>PartialObjectMetadata</c> with the object's metadata (the API server's default).</summary>
    Metadata,

    /// <summary>The whole object.</summary>
    Object,
}
