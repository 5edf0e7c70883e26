using System.Text.Json.Nodes;
using Kube.Emulator.Schema.Internal;

namespace Kube.Emulator.Schema;

/// <summary>Schemas of ObjectMeta and the built-in kinds.</summary>
public static partial class OpenApiSchemas
{
    /// <summary>Returns a new copy of the ObjectMeta schema.</summary>
    public static JsonObject ObjectMetaSchema() => Parse(BuiltInSchemaJson.ObjectMeta);

    /// <summary>
    /// Returns new copies of the minimal built-in component schemas, keyed by component name: ObjectMeta,
    /// ObjectReference, Secret, ConfigMap, Namespace, Event (core/v1 and events.k8s.io/v1), Lease, Deployment,
    /// StatefulSet and DaemonSet. Each kind carries <c>x-kubernetes-group-version-kind</c> and the standard
    /// <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> properties.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonObject> BuiltInSchemas() => new Dictionary<string, JsonObject>(StringComparer.Ordinal)
    {
        [ObjectMetaName] = ObjectMetaSchema(),
        ["io.k8s.api.core.v1.ObjectReference"] = Parse(BuiltInSchemaJson.ObjectReference),
        ["io.k8s.api.core.v1.Secret"] = Kind(BuiltInSchemaJson.Secret, "", "v1", "Secret"),
        ["io.k8s.api.core.v1.ConfigMap"] = Kind(BuiltInSchemaJson.ConfigMap, "", "v1", "ConfigMap"),
        ["io.k8s.api.core.v1.Namespace"] = Kind(BuiltInSchemaJson.Namespace, "", "v1", "Namespace"),
        ["io.k8s.api.core.v1.Event"] = Kind(BuiltInSchemaJson.CoreEvent, "", "v1", "Event"),
        ["io.k8s.api.events.v1.Event"] = Kind(BuiltInSchemaJson.EventsEvent, "events.k8s.io", "v1", "Event"),
        ["io.k8s.api.coordination.v1.Lease"] = Kind(BuiltInSchemaJson.Lease, "coordination.k8s.io", "v1", "Lease"),
        ["io.k8s.api.apps.v1.Deployment"] = Kind(BuiltInSchemaJson.Workload, "apps", "v1", "Deployment"),
        ["io.k8s.api.apps.v1.StatefulSet"] = Kind(BuiltInSchemaJson.Workload, "apps", "v1", "StatefulSet"),
        ["io.k8s.api.apps.v1.DaemonSet"] = Kind(BuiltInSchemaJson.Workload, "apps", "v1", "DaemonSet"),
    };

    private static JsonObject Kind(string json, string group, string version, string kind) =>
        ToComponentSchema(Parse(json), group, version, kind);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
