using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>Checks on arrays and objects: item and property counts, required fields, and their members.</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateArray(JsonArray list, SchemaNode schema, string path)
    {
        if (schema.MaxItems is { } maxItems && list.Count > maxItems)
        {
            AddTooMany(path, list.Count, maxItems);
        }

        if (schema.MinItems is { } minItems && list.Count < minItems)
        {
            AddInvalid(path, JsonValue.Create(list.Count), $"{path} in body should have at least {minItems} items");
        }

        if (schema.Items is null)
        {
            return;
        }

        for (var index = 0; index < list.Count; index++)
        {
            Validate(list[index], schema.Items, FieldPath.Index(path, index));
        }
    }

    private void ValidateObject(JsonObject map, SchemaNode schema, string path, bool isResourceRoot)
    {
        if (!isResourceRoot)
        {
            ValidatePropertyCounts(map, schema, path);
        }

        foreach (var name in schema.Required)
        {
            if (!map.ContainsKey(name) && !(isResourceRoot && name == "metadata"))
            {
                errors.Add(new FieldError(FieldPath.Child(path, name), FieldErrorTypes.Required, "Required value", null));
            }
        }

        foreach (var (key, child) in map)
        {
            if (isResourceRoot && key == "metadata")
            {
                continue;
            }

            var childSchema = schema.ChildSchema(key);
            if (childSchema is not null)
            {
                Validate(child, childSchema, FieldPath.Child(path, key));
            }
        }
    }

    private void ValidatePropertyCounts(JsonObject map, SchemaNode schema, string path)
    {
        if (schema.MaxProperties is { } maxProperties && map.Count > maxProperties)
        {
            AddTooMany(path, map.Count, maxProperties);
        }

        if (schema.MinProperties is { } minProperties && map.Count < minProperties)
        {
            AddInvalid(path, JsonValue.Create(map.Count), $"{path} in body should have at least {minProperties} properties");
        }
    }
}
