using System.Text.Json.Nodes;
using Kube.Emulator.Resources;
using Kube.Emulator.Schema;

namespace Kube.Emulator.OpenApi;

/// <summary>Builds the paths, operations and component schemas of one group-version's OpenAPI v3 document.</summary>
internal static class OpenApiPaths
{
    private static readonly string[] WriteParameters = ["dryRun", "fieldManager", "fieldValidation"];

    public static JsonObject Document(IReadOnlyList<ResourceType> types, IReadOnlyDictionary<string, JsonObject> builtIns)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject { [OpenApiSchemas.ObjectMetaName] = builtIns[OpenApiSchemas.ObjectMetaName].DeepClone() };
        foreach (ResourceType type in types)
        {
            (string name, JsonObject schema) = ComponentSchema(type, builtIns);
            schemas[name] = schema;
            string reference = "#/components/schemas/" + name;
            string prefix = "/" + (type.Group.Length == 0 ? $"api/{type.Version}" : $"apis/{type.Group}/{type.Version}")
                + (type.Namespaced ? "/namespaces/{namespace}" : string.Empty) + "/" + type.Plural;

            paths[prefix] = new JsonObject
            {
                ["get"] = Operation(type, "list", reference, []),
                ["post"] = Operation(type, "post", reference, WriteParameters),
                ["delete"] = Operation(type, "deletecollection", reference, []),
            };
            paths[prefix + "/{name}"] = ItemOperations(type, reference);
            if (type.HasStatus)
            {
                paths[prefix + "/{name}/status"] = ItemOperations(type, reference);
            }
        }

        if (builtIns.TryGetValue("io.k8s.api.core.v1.ObjectReference", out JsonObject? objectReference))
        {
            schemas["io.k8s.api.core.v1.ObjectReference"] = objectReference.DeepClone();
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = "v1.32.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }

    private static JsonObject ItemOperations(ResourceType type, string reference) => new()
    {
        ["get"] = Operation(type, "get", reference, []),
        ["put"] = Operation(type, "put", reference, WriteParameters),
        ["patch"] = Operation(type, "patch", reference, [.. WriteParameters, "force"]),
        ["delete"] = Operation(type, "delete", reference, ["dryRun", "propagationPolicy", "gracePeriodSeconds"]),
    };

    private static JsonObject Operation(ResourceType type, string action, string reference, string[] queryParameters)
    {
        var parameters = new JsonArray();
        foreach (string parameter in queryParameters)
        {
            parameters.Add(new JsonObject { ["name"] = parameter, ["in"] = "query", ["schema"] = new JsonObject { ["type"] = parameter == "force" ? "boolean" : "string", ["uniqueItems"] = true } });
        }

        return new JsonObject
        {
            ["operationId"] = $"{action}{type.Kind}",
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = "OK",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = reference } } },
                },
            },
            ["x-kubernetes-action"] = action,
            ["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = type.Group, ["version"] = type.Version, ["kind"] = type.Kind },
        };
    }

    private static (string Name, JsonObject Schema) ComponentSchema(ResourceType type, IReadOnlyDictionary<string, JsonObject> builtIns)
    {
        string name = OpenApiSchemas.ComponentName(type.Group, type.Version, type.Kind);
        if (type.Custom is { Schema: { } customSchema })
        {
            return (name, OpenApiSchemas.ToComponentSchema(customSchema, type.Group, type.Version, type.Kind));
        }

        string builtInName = BuiltInName(type);
        if (builtIns.TryGetValue(builtInName, out JsonObject? builtIn))
        {
            return (builtInName, (JsonObject)builtIn.DeepClone());
        }

        var open = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["spec"] = new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true },
                ["status"] = new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true },
            },
        };

        return (builtInName, OpenApiSchemas.ToComponentSchema(open, type.Group, type.Version, type.Kind));
    }

    private static string BuiltInName(ResourceType type)
    {
        string group = type.Group.Length == 0 ? "core" : type.Group.Split('.')[0];
        if (type.Group == "apiextensions.k8s.io")
        {
            return $"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.{type.Version}.{type.Kind}";
        }

        return $"io.k8s.api.{group}.{type.Version}.{type.Kind}";
    }
}
