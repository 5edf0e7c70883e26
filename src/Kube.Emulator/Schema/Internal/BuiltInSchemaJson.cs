namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// Minimal OpenAPI v3 schemas of the built-in kinds: the fields clients set, with the list merge keys that
/// strategic merge patch needs. Workload specs keep unknown fields instead of describing pods in full.
/// </summary>
internal static class BuiltInSchemaJson
{
    public const string ObjectMeta = """
        {
          "type": "object",
          "description": "Metadata that all persisted resources have.",
          "properties": {
            "name": {"type": "string"},
            "generateName": {"type": "string"},
            "namespace": {"type": "string"},
            "uid": {"type": "string"},
            "resourceVersion": {"type": "string"},
            "generation": {"type": "integer", "format": "int64"},
            "creationTimestamp": {"type": "string", "format": "date-time"},
            "deletionTimestamp": {"type": "string", "format": "date-time"},
            "deletionGracePeriodSeconds": {"type": "integer", "format": "int64"},
            "labels": {"type": "object", "additionalProperties": {"type": "string", "default": ""}},
            "annotations": {"type": "object", "additionalProperties": {"type": "string", "default": ""}},
            "finalizers": {"type": "array", "items": {"type": "string", "default": ""}, "x-kubernetes-list-type": "set", "x-kubernetes-patch-strategy": "merge"},
            "ownerReferences": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["apiVersion", "kind", "name", "uid"],
                "properties": {
                  "apiVersion": {"type": "string"},
                  "kind": {"type": "string"},
                  "name": {"type": "string"},
                  "uid": {"type": "string"},
                  "controller": {"type": "boolean"},
                  "blockOwnerDeletion": {"type": "boolean"}
                },
                "x-kubernetes-map-type": "atomic"
              },
              "x-kubernetes-list-map-keys": ["uid"],
              "x-kubernetes-list-type": "map",
              "x-kubernetes-patch-merge-key": "uid",
              "x-kubernetes-patch-strategy": "merge"
            },
            "managedFields": {"type": "array", "items": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}
          }
        }
        """;

    public const string Secret = """
        {
          "type": "object",
          "description": "Secret data of a certain type, stored base64-encoded in data.",
          "properties": {
            "data": {"type": "object", "additionalProperties": {"type": "string", "format": "byte"}},
            "stringData": {"type": "object", "additionalProperties": {"type": "string", "default": ""}},
            "type": {"type": "string"},
            "immutable": {"type": "boolean"}
          }
        }
        """;

    public const string ConfigMap = """
        {
          "type": "object",
          "description": "Configuration data for workloads.",
          "properties": {
            "data": {"type": "object", "additionalProperties": {"type": "string", "default": ""}},
            "binaryData": {"type": "object", "additionalProperties": {"type": "string", "format": "byte"}},
            "immutable": {"type": "boolean"}
          }
        }
        """;

    public const string Namespace = """
        {
          "type": "object",
          "description": "A scope for names of namespaced resources.",
          "properties": {
            "spec": {"type": "object", "properties": {"finalizers": {"type": "array", "items": {"type": "string", "default": ""}, "x-kubernetes-list-type": "atomic"}}},
            "status": {"type": "object", "properties": {"phase": {"type": "string"}, "conditions": {"type": "array", "items": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}
          }
        }
        """;

    public const string ObjectReference = """
        {
          "type": "object",
          "properties": {
            "apiVersion": {"type": "string"},
            "kind": {"type": "string"},
            "name": {"type": "string"},
            "namespace": {"type": "string"},
            "uid": {"type": "string"},
            "resourceVersion": {"type": "string"},
            "fieldPath": {"type": "string"}
          },
          "x-kubernetes-map-type": "atomic"
        }
        """;

    public const string CoreEvent = """
        {
          "type": "object",
          "description": "A report of an event somewhere in the cluster (core/v1).",
          "required": ["metadata", "involvedObject"],
          "properties": {
            "involvedObject": {"$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"},
            "related": {"$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"},
            "reason": {"type": "string"},
            "message": {"type": "string"},
            "type": {"type": "string"},
            "action": {"type": "string"},
            "count": {"type": "integer", "format": "int32"},
            "firstTimestamp": {"type": "string", "format": "date-time"},
            "lastTimestamp": {"type": "string", "format": "date-time"},
            "eventTime": {"type": "string", "format": "date-time"},
            "reportingComponent": {"type": "string"},
            "reportingInstance": {"type": "string"},
            "source": {"type": "object", "properties": {"component": {"type": "string"}, "host": {"type": "string"}}},
            "series": {"type": "object", "properties": {"count": {"type": "integer", "format": "int32"}, "lastObservedTime": {"type": "string", "format": "date-time"}}}
          }
        }
        """;

    public const string EventsEvent = """
        {
          "type": "object",
          "description": "A report of an event somewhere in the cluster (events.k8s.io/v1).",
          "required": ["eventTime"],
          "properties": {
            "regarding": {"$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"},
            "related": {"$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"},
            "reason": {"type": "string"},
            "note": {"type": "string"},
            "type": {"type": "string"},
            "action": {"type": "string"},
            "eventTime": {"type": "string", "format": "date-time"},
            "reportingController": {"type": "string"},
            "reportingInstance": {"type": "string"},
            "deprecatedCount": {"type": "integer", "format": "int32"},
            "deprecatedFirstTimestamp": {"type": "string", "format": "date-time"},
            "deprecatedLastTimestamp": {"type": "string", "format": "date-time"},
            "deprecatedSource": {"type": "object", "properties": {"component": {"type": "string"}, "host": {"type": "string"}}},
            "series": {"type": "object", "properties": {"count": {"type": "integer", "format": "int32"}, "lastObservedTime": {"type": "string", "format": "date-time"}}}
          }
        }
        """;

    public const string Lease = """
        {
          "type": "object",
          "description": "A lease on a named resource, used for leader election.",
          "properties": {
            "spec": {
              "type": "object",
              "properties": {
                "holderIdentity": {"type": "string"},
                "leaseDurationSeconds": {"type": "integer", "format": "int32"},
                "acquireTime": {"type": "string", "format": "date-time"},
                "renewTime": {"type": "string", "format": "date-time"},
                "leaseTransitions": {"type": "integer", "format": "int32"},
                "strategy": {"type": "string"},
                "preferredHolder": {"type": "string"}
              }
            }
          }
        }
        """;

    /// <summary>The shape shared by Deployment, StatefulSet and DaemonSet; the pod template is kept as given.</summary>
    public const string Workload = """
        {
          "type": "object",
          "properties": {
            "spec": {
              "type": "object",
              "properties": {
                "replicas": {"type": "integer", "format": "int32"},
                "selector": {
                  "type": "object",
                  "properties": {
                    "matchLabels": {"type": "object", "additionalProperties": {"type": "string", "default": ""}},
                    "matchExpressions": {"type": "array", "items": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}
                  }
                },
                "template": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                "minReadySeconds": {"type": "integer", "format": "int32"},
                "revisionHistoryLimit": {"type": "integer", "format": "int32"}
              },
              "x-kubernetes-preserve-unknown-fields": true
            },
            "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}
          }
        }
        """;
}
