using System.Text.Json.Nodes;

namespace Kube.Emulator.Resources;

/// <summary>
/// One served resource in one group-version, as discovery lists it. Several resource types may share one store
/// (the versions of a CRD, or core and events.k8s.io Events).
/// </summary>
internal sealed record ResourceType
{
    public required string Group { get; init; }

    public required string Version { get; init; }

    public required string Plural { get; init; }

    public required string Singular { get; init; }

    public required string Kind { get; init; }

    public required bool Namespaced { get; init; }

    public IReadOnlyList<string> ShortNames { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Whether the resource has a status subresource, so the main endpoint ignores status changes.</summary>
    public bool HasStatus { get; init; }

    /// <summary>Whether the server keeps <c>metadata.generation</c>, bumped on changes outside metadata and status.</summary>
    public bool TracksGeneration { get; init; }

    /// <summary>Whether names must be RFC 1123 labels (namespaces) instead of subdomains.</summary>
    public bool NameIsLabel { get; init; }

    /// <summary>The key of the shared store: group and plural of the storage resource.</summary>
    public required string StorageKey { get; init; }

    /// <summary>The apiVersion objects are stored in.</summary>
    public required string StorageApiVersion { get; init; }

    /// <summary>Converts a stored object to this version; null when only apiVersion differs.</summary>
    public Func<JsonObject, JsonObject>? FromStorage { get; init; }

    /// <summary>Converts an object of this version to the stored form; null when only apiVersion differs.</summary>
    public Func<JsonObject, JsonObject>? ToStorage { get; init; }

    /// <summary>The top-level fields of a built-in kind, or null when a schema decides (custom resources).</summary>
    public IReadOnlySet<string>? KnownTopLevelFields { get; init; }

    /// <summary>The field selector labels beyond metadata.name and metadata.namespace, with how to read each.</summary>
    public IReadOnlyDictionary<string, Func<JsonObject, string>> SelectableFields { get; init; } =
        new Dictionary<string, Func<JsonObject, string>>();

    /// <summary>The custom resource definition behind this type, or null for a built-in.</summary>
    public CustomResourceVersion? Custom { get; init; }

    /// <summary>Extra checks and defaults for a built-in kind, run on create and update.</summary>
    public IKindBehavior? Behavior { get; init; }

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    public string GroupVersion => ApiVersion;

    public string ListKind => Kind + "List";

    /// <summary>The qualified resource name used in messages, such as <c>secrets</c> or <c>leases.coordination.k8s.io</c>.</summary>
    public string QualifiedName => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public bool IsServedAsStored => ApiVersion == StorageApiVersion && FromStorage is null;
}

/// <summary>The CRD facts one served version of a custom resource needs.</summary>
internal sealed record CustomResourceVersion(
    string CrdName,
    string CrdUid,
    JsonObject? Schema,
    Kube.Emulator.Schema.StructuralSchema? Structural,
    IReadOnlyList<Kube.Emulator.Schema.PrinterColumn> PrinterColumns,
    bool Served);
