using System.Text.Json.Nodes;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Tests.Schema;

/// <summary>Schemas and objects shared by the schema tests.</summary>
internal static class SchemaFixtures
{
    /// <summary>A fragment of the ExternalSecret v1 schema with ESO's defaults, enums and required fields.</summary>
    public const string ExternalSecretSchemaJson = """
        {
          "type": "object",
          "properties": {
            "apiVersion": {"type": "string"},
            "kind": {"type": "string"},
            "metadata": {"type": "object"},
            "spec": {
              "type": "object",
              "properties": {
                "refreshInterval": {"type": "string", "default": "1h0m0s"},
                "refreshPolicy": {"type": "string", "enum": ["CreatedOnce", "Periodic", "OnChange"]},
                "secretStoreRef": {"$ref": "storeRef"},
                "target": {
                  "type": "object",
                  "default": {"creationPolicy": "Owner", "deletionPolicy": "Retain"},
                  "properties": {
                    "name": {"type": "string", "maxLength": 253, "minLength": 1, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},
                    "creationPolicy": {"type": "string", "default": "Owner", "enum": ["Owner", "Orphan", "Merge", "None", "CreateOrMerge"]},
                    "deletionPolicy": {"type": "string", "default": "Retain", "enum": ["Delete", "Merge", "Retain"]},
                    "immutable": {"type": "boolean"},
                    "template": {
                      "type": "object",
                      "properties": {
                        "engineVersion": {"type": "string", "default": "v2", "enum": ["v2"]},
                        "mergePolicy": {"type": "string", "default": "Replace", "enum": ["Replace", "Merge"]},
                        "type": {"type": "string"},
                        "data": {"type": "object", "additionalProperties": {"type": "string"}},
                        "metadata": {
                          "type": "object",
                          "properties": {
                            "annotations": {"type": "object", "additionalProperties": {"type": "string"}},
                            "labels": {"type": "object", "additionalProperties": {"type": "string"}}
                          }
                        }
                      }
                    }
                  }
                },
                "data": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["remoteRef", "secretKey"],
                    "properties": {
                      "secretKey": {"type": "string", "maxLength": 253, "minLength": 1, "pattern": "^[-._a-zA-Z0-9]+$"},
                      "remoteRef": {"$ref": "remoteRef"},
                      "sourceRef": {
                        "type": "object",
                        "maxProperties": 1,
                        "minProperties": 1,
                        "properties": {"storeRef": {"$ref": "storeRef"}, "generatorRef": {"$ref": "generatorRef"}}
                      }
                    }
                  }
                },
                "dataFrom": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "extract": {"$ref": "remoteRef"},
                      "sourceRef": {
                        "type": "object",
                        "maxProperties": 1,
                        "minProperties": 1,
                        "properties": {"storeRef": {"$ref": "storeRef"}, "generatorRef": {"$ref": "generatorRef"}}
                      }
                    }
                  }
                }
              }
            },
            "status": {
              "type": "object",
              "properties": {
                "refreshTime": {"type": "string", "format": "date-time", "nullable": true},
                "syncedResourceVersion": {"type": "string"},
                "conditions": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["status", "type"],
                    "properties": {
                      "type": {"type": "string"},
                      "status": {"type": "string"},
                      "reason": {"type": "string"},
                      "message": {"type": "string"},
                      "lastTransitionTime": {"type": "string", "format": "date-time"}
                    }
                  }
                }
              }
            }
          }
        }
        """;

    private const string StoreRefJson = """
        {
          "type": "object",
          "properties": {
            "kind": {"type": "string", "enum": ["SecretStore", "ClusterSecretStore"]},
            "name": {"type": "string", "maxLength": 253, "minLength": 1}
          }
        }
        """;

    private const string RemoteRefJson = """
        {
          "type": "object",
          "required": ["key"],
          "properties": {
            "key": {"type": "string"},
            "property": {"type": "string"},
            "version": {"type": "string"},
            "conversionStrategy": {"type": "string", "default": "Default", "enum": ["Default", "Unicode"]},
            "decodingStrategy": {"type": "string", "default": "None", "enum": ["Auto", "Base64", "Base64URL", "None"]},
            "metadataPolicy": {"type": "string", "default": "None", "enum": ["None", "Fetch"]}
          }
        }
        """;

    private const string GeneratorRefJson = """
        {
          "type": "object",
          "required": ["kind", "name"],
          "properties": {
            "apiVersion": {"type": "string", "default": "generators.external-secrets.io/v1alpha1"},
            "kind": {"type": "string", "enum": ["BeyondtrustWorkloadCredentialsDynamicSecret", "ClusterGenerator", "Password", "UUID"]},
            "name": {"type": "string", "maxLength": 253, "minLength": 1}
          }
        }
        """;

    /// <summary>A schema that uses each validation keyword once, under <c>spec</c>.</summary>
    public const string KeywordSchemaJson = """
        {
          "type": "object",
          "properties": {
            "spec": {
              "type": "object",
              "properties": {
                "text": {"type": "string", "minLength": 2, "maxLength": 5, "pattern": "^[a-z]+$"},
                "count": {"type": "integer", "minimum": 1, "maximum": 10},
                "ratio": {"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 1},
                "even": {"type": "integer", "multipleOf": 2},
                "flag": {"type": "boolean"},
                "mode": {"type": "string", "enum": ["A", "B"]},
                "level": {"type": "integer", "enum": [1, 2]},
                "port": {"x-kubernetes-int-or-string": true},
                "blob": {"type": "string", "format": "byte"},
                "since": {"type": "string", "format": "date-time"},
                "note": {"type": "string", "nullable": true},
                "tags": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "string"}},
                "labels": {"type": "object", "minProperties": 1, "maxProperties": 2, "additionalProperties": {"type": "string"}},
                "rows": {"type": "array", "items": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}},
                "single": {"type": "array", "maxItems": 1, "items": {"type": "string"}},
                "name": {"type": "string", "maxLength": 1}
              }
            }
          }
        }
        """;

    /// <summary>
    /// Returns the ExternalSecret schema with the shared sub-schemas written in place of their <c>$ref</c>
    /// markers, as a generated CRD inlines them.
    /// </summary>
    public static JsonNode ExternalSecretSchema()
    {
        var json = ExternalSecretSchemaJson
            .Replace("{\"$ref\": \"storeRef\"}", StoreRefJson, StringComparison.Ordinal)
            .Replace("{\"$ref\": \"remoteRef\"}", RemoteRefJson, StringComparison.Ordinal)
            .Replace("{\"$ref\": \"generatorRef\"}", GeneratorRefJson, StringComparison.Ordinal);

        return JsonNode.Parse(json)!;
    }

    public static StructuralSchema ExternalSecret() => StructuralSchema.Parse(ExternalSecretSchema());

    public static StructuralSchema Keywords() => StructuralSchema.Parse(JsonNode.Parse(KeywordSchemaJson)!);

    /// <summary>Returns an ExternalSecret object named <c>es1</c> with the given spec JSON.</summary>
    public static JsonObject ExternalSecretObject(string specJson) => new()
    {
        ["apiVersion"] = "external-secrets.io/v1",
        ["kind"] = "ExternalSecret",
        ["metadata"] = new JsonObject { ["name"] = "es1", ["namespace"] = "default" },
        ["spec"] = JsonNode.Parse(specJson),
    };

    /// <summary>Returns a string of the object's JSON at <paramref name="jsonPath"/>, or null when absent.</summary>
    public static string? At(JsonNode resource, string jsonPath)
    {
        var results = JsonPathEvaluator.FindResults(resource, jsonPath);

        return results.Count == 0 ? null : results[0]?.ToJsonString() ?? "null";
    }
}
