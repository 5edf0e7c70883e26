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

        ValidateListUniqueness(list, schema, path);
        if (schema.Items is null)
        {
            return;
        }

        for (var index = 0; index < list.Count; index++)
        {
            Validate(list[index], schema.Items, FieldPath.Index(path, index));
        }
    }

    // A set list must not repeat an item, and a map list must not repeat the tuple of its key fields.
    private void ValidateListUniqueness(JsonArray list, SchemaNode schema, string path)
    {
        if (schema.ListType is not ("set" or "map"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < list.Count; index++)
        {
            var identity = schema.ListType == "set" ? list[index] : MapListKey(list[index], schema.ListMapKeys);
            if (!seen.Add(JsonValueText.SortedCompactJson(identity)))
            {
                var field = FieldPath.Index(path, index);
                errors.Add(new FieldError(field, FieldErrorTypes.Duplicate, $"Duplicate value: {JsonValueText.GoValue(identity)}", JsonValueText.Raw(identity)));
            }
        }
    }

    private static JsonObject MapListKey(JsonNode? item, IReadOnlyList<string> keys)
    {
        var identity = new JsonObject();
        foreach (var key in keys)
        {
            if (item is JsonObject map && map.TryGetPropertyValue(key, out var value))
            {
                identity[key] = value?.DeepClone();
            }
        }

        return identity;
    }

    private void ValidateObject(JsonObject map, SchemaNode schema, string path, bool isResourceRoot)
    {
        if (!isResourceRoot)
        {
            ValidatePropertyCounts(map, schema, path);
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

        // Missing required fields come after the errors inside present fields, as in the API server's validator.
        foreach (var name in schema.Required)
        {
            if (!map.ContainsKey(name) && !(isResourceRoot && name == "metadata"))
            {
                errors.Add(new FieldError(FieldPath.Child(path, name), FieldErrorTypes.Required, "Required value", null));
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
