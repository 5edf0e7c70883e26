namespace Kube.Emulator.Api.Protobuf;

/// <summary>
/// The field numbers of the Kubernetes protobuf messages kubectl sends when it creates built-in objects with its
/// typed client (<c>kubectl create secret|configmap|namespace</c>), from the generated.proto files of k8s.io/api
/// and k8s.io/apimachinery v0.32.
/// </summary>
internal static class ProtoMessages
{
    public static readonly IReadOnlyDictionary<int, ProtoField> OwnerReference = new Dictionary<int, ProtoField>
    {
        [1] = new("kind", ProtoKind.String),
        [3] = new("name", ProtoKind.String),
        [4] = new("uid", ProtoKind.String),
        [5] = new("apiVersion", ProtoKind.String),
        [6] = new("controller", ProtoKind.Bool),
        [7] = new("blockOwnerDeletion", ProtoKind.Bool),
    };

    public static readonly IReadOnlyDictionary<int, ProtoField> ObjectMeta = new Dictionary<int, ProtoField>
    {
        [1] = new("name", ProtoKind.String),
        [2] = new("generateName", ProtoKind.String),
        [3] = new("namespace", ProtoKind.String),
        [4] = new("selfLink", ProtoKind.String),
        [5] = new("uid", ProtoKind.String),
        [6] = new("resourceVersion", ProtoKind.String),
        [7] = new("generation", ProtoKind.Int64),
        [8] = new("creationTimestamp", ProtoKind.Time),
        [9] = new("deletionTimestamp", ProtoKind.Time),
        [10] = new("deletionGracePeriodSeconds", ProtoKind.Int64),
        [11] = new("labels", ProtoKind.StringMap),
        [12] = new("annotations", ProtoKind.StringMap),
        [13] = new("ownerReferences", ProtoKind.RepeatedMessage, OwnerReference),
        [14] = new("finalizers", ProtoKind.RepeatedString),
    };

    public static readonly IReadOnlyDictionary<int, ProtoField> Secret = new Dictionary<int, ProtoField>
    {
        [1] = new("metadata", ProtoKind.Message, ObjectMeta),
        [2] = new("data", ProtoKind.BytesMap),
        [3] = new("type", ProtoKind.String),
        [4] = new("stringData", ProtoKind.StringMap),
        [5] = new("immutable", ProtoKind.Bool),
    };

    public static readonly IReadOnlyDictionary<int, ProtoField> ConfigMap = new Dictionary<int, ProtoField>
    {
        [1] = new("metadata", ProtoKind.Message, ObjectMeta),
        [2] = new("data", ProtoKind.StringMap),
        [3] = new("binaryData", ProtoKind.BytesMap),
        [4] = new("immutable", ProtoKind.Bool),
    };

    public static readonly IReadOnlyDictionary<int, ProtoField> Namespace = new Dictionary<int, ProtoField>
    {
        [1] = new("metadata", ProtoKind.Message, ObjectMeta),
        [2] = new("spec", ProtoKind.Message, new Dictionary<int, ProtoField> { [1] = new("finalizers", ProtoKind.RepeatedString) }),
        [3] = new("status", ProtoKind.Message, new Dictionary<int, ProtoField> { [1] = new("phase", ProtoKind.String) }),
    };

    public static IReadOnlyDictionary<int, ProtoField>? ForKind(string apiVersion, string kind) => (apiVersion, kind) switch
    {
        ("v1", "Secret") => Secret,
        ("v1", "ConfigMap") => ConfigMap,
        ("v1", "Namespace") => Namespace,
        _ => null,
    };
}
