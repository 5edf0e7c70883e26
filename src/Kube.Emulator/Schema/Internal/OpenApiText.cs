namespace Kube.Emulator.Schema.Internal;

/// <summary>Descriptions of the standard properties in the generated OpenAPI schemas.</summary>
internal static class OpenApiText
{
    public const string ApiVersion = "The versioned schema of this object, such as group/version; servers convert unrecognized values.";

    public const string Kind = "The REST resource this object represents, in CamelCase; servers infer it from the endpoint.";

    public const string Metadata = "Standard object metadata.";
}
