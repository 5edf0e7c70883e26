using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// Prunes unknown fields, drops nulls of non-nullable fields and applies defaults, in that order at each
/// object, as the API server does before it validates a custom resource.
/// </summary>
/// <remarks>
/// Defaults are applied top-down, so the nested defaults inside a defaulted parent object are applied too.
/// </remarks>
internal sealed class SchemaNormalizer(SchemaApplyMode mode, List<FieldError> unknownFields)
{
    private static readonly string[] ResourceRootFields = ["apiVersion", "kind", "metadata"];

    public void NormalizeResource(JsonObject resource, SchemaNode schema) => NormalizeObject(resource, schema, "", isResourceRoot: true);

    private void Normalize(JsonNode? value, SchemaNode schema, string path)
    {
        switch (value)
        {
            case JsonObject map:
                NormalizeObject(map, schema, path, schema.EmbeddedResource);
                break;
            case JsonArray list when schema.Items is not null:
                for (var index = 0; index < list.Count; index++)
                {
                    Normalize(list[index], schema.Items, FieldPath.Index(path, index));
                }

                break;
        }
    }

    private void NormalizeObject(JsonObject map, SchemaNode schema, string path, bool isResourceRoot)
    {
        foreach (var key in map.Select(pair => pair.Key).ToList())
        {
            if (isResourceRoot && ResourceRootFields.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var childSchema = schema.ChildSchema(key);
            if (childSchema is null)
            {
                RemoveUnknown(map, key, schema, FieldPath.Child(path, key));
            }
            else if (map[key] is null && !childSchema.Nullable)
            {
                map.Remove(key);
            }
        }

        ApplyDefaults(map, schema, isResourceRoot);

        foreach (var (key, child) in map.ToList())
        {
            if (isResourceRoot && key == "metadata")
            {
                continue;
            }

            var childSchema = schema.ChildSchema(key);
            if (childSchema is not null)
            {
                Normalize(child, childSchema, FieldPath.Child(path, key));
            }
        }
    }

    private void RemoveUnknown(JsonObject map, string key, SchemaNode schema, string fieldPath)
    {
        if (schema.PreserveUnknownFields)
        {
            return;
        }

        map.Remove(key);
        if (mode == SchemaApplyMode.Prune)
        {
            return;
        }

        unknownFields.Add(new FieldError(fieldPath, FieldErrorTypes.Unknown, $"unknown field \"{fieldPath}\"", null)
        {
            IsWarning = mode == SchemaApplyMode.Warn,
        });
    }

    private static void ApplyDefaults(JsonObject map, SchemaNode schema, bool isResourceRoot)
    {
        foreach (var (name, property) in schema.Properties)
        {
            if (!property.HasDefault || map.ContainsKey(name))
            {
                continue;
            }

            // NOTE: the API server also applies defaults for metadata.name and metadata.generateName at the
            // resource root. This walker leaves metadata to the server and skips them.
            if (isResourceRoot && name == "metadata")
            {
                continue;
            }

            map[name] = property.Default?.DeepClone();
        }
    }
}
