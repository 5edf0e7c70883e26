using System.Text.Json.Nodes;
using Kube.Emulator.Validation;

namespace Kube.Emulator.Resources;

/// <summary>The built-in resources the emulator serves from the start.</summary>
internal static class Builtins
{
    private static readonly string[] ObjectFields = ["apiVersion", "kind", "metadata"];

    public static IReadOnlyList<ResourceType> Create()
    {
        var eventFields = new Dictionary<string, Func<JsonObject, string>>(StringComparer.Ordinal);
        foreach (string field in new[] { "kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath" })
        {
            eventFields["involvedObject." + field] = o => (string?)o["involvedObject"]?[field] ?? string.Empty;
            eventFields["regarding." + field] = o => (string?)o["involvedObject"]?[field] ?? string.Empty;
        }

        eventFields["reason"] = o => (string?)o["reason"] ?? string.Empty;
        eventFields["reportingComponent"] = o => (string?)o["reportingComponent"] ?? string.Empty;
        eventFields["source"] = o => (string?)o["source"]?["component"] ?? (string?)o["reportingComponent"] ?? string.Empty;
        eventFields["type"] = o => (string?)o["type"] ?? string.Empty;

        return
        [
            Core("namespaces", "namespace", "Namespace", namespaced: false) with
            {
                ShortNames = ["ns"],
                HasStatus = true,
                NameIsLabel = true,
                Behavior = new NamespaceBehavior(),
                KnownTopLevelFields = Fields("spec", "status"),
                SelectableFields = new Dictionary<string, Func<JsonObject, string>> { ["status.phase"] = o => (string?)o["status"]?["phase"] ?? string.Empty },
            },
            Core("secrets", "secret", "Secret", namespaced: true) with
            {
                Behavior = new SecretBehavior(),
                KnownTopLevelFields = Fields("data", "stringData", "type", "immutable"),
                SelectableFields = new Dictionary<string, Func<JsonObject, string>> { ["type"] = o => (string?)o["type"] ?? string.Empty },
            },
            Core("configmaps", "configmap", "ConfigMap", namespaced: true) with
            {
                ShortNames = ["cm"],
                Behavior = new ConfigMapBehavior(),
                KnownTopLevelFields = Fields("data", "binaryData", "immutable"),
            },
            Core("events", "event", "Event", namespaced: true) with
            {
                ShortNames = ["ev"],
                KnownTopLevelFields = Fields("involvedObject", "reason", "message", "source", "firstTimestamp", "lastTimestamp", "count", "type", "eventTime", "series", "action", "related", "reportingComponent", "reportingInstance"),
                SelectableFields = eventFields,
            },
            Grouped("events.k8s.io", "v1", "events", "event", "Event", namespaced: true) with
            {
                StorageKey = "/events",
                StorageApiVersion = "v1",
                FromStorage = EventConversion.ToEventsV1,
                ToStorage = EventConversion.ToCoreV1,
                KnownTopLevelFields = Fields("eventTime", "series", "reportingController", "reportingInstance", "action", "reason", "regarding", "related", "note", "type", "deprecatedSource", "deprecatedFirstTimestamp", "deprecatedLastTimestamp", "deprecatedCount"),
                SelectableFields = eventFields,
            },
            Grouped("coordination.k8s.io", "v1", "leases", "lease", "Lease", namespaced: true) with
            {
                KnownTopLevelFields = Fields("spec"),
            },
            Grouped("apiextensions.k8s.io", "v1", "customresourcedefinitions", "customresourcedefinition", "CustomResourceDefinition", namespaced: false) with
            {
                ShortNames = ["crd", "crds"],
                Categories = ["api-extensions"],
                HasStatus = true,
                TracksGeneration = true,
                KnownTopLevelFields = Fields("spec", "status"),
            },
            Workload("deployments", "deployment", "Deployment", "deploy"),
            Workload("statefulsets", "statefulset", "StatefulSet", "sts"),
            Workload("daemonsets", "daemonset", "DaemonSet", "ds"),
        ];
    }

    private static ResourceType Core(string plural, string singular, string kind, bool namespaced) =>
        Grouped(string.Empty, "v1", plural, singular, kind, namespaced);

    private static ResourceType Grouped(string group, string version, string plural, string singular, string kind, bool namespaced) => new()
    {
        Group = group,
        Version = version,
        Plural = plural,
        Singular = singular,
        Kind = kind,
        Namespaced = namespaced,
        StorageKey = $"{group}/{plural}",
        StorageApiVersion = group.Length == 0 ? version : $"{group}/{version}",
    };

    private static ResourceType Workload(string plural, string singular, string kind, string shortName) =>
        Grouped("apps", "v1", plural, singular, kind, namespaced: true) with
        {
            ShortNames = [shortName],
            Categories = ["all"],
            HasStatus = true,
            TracksGeneration = true,
            KnownTopLevelFields = Fields("spec", "status"),
        };

    private static HashSet<string> Fields(params string[] fields) => [.. ObjectFields, .. fields];
}
