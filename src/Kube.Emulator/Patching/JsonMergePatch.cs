using System.Text.Json.Nodes;

namespace Kube.Emulator.Patching;

/// <summary>
/// JSON merge patch (RFC 7386), and the strategic merge patch of the emulator: the same merge, with lists
/// replaced whole and the <c>$patch</c>, <c>$retainKeys</c>, <c>$setElementOrder</c> and
/// <c>$deleteFromPrimitiveList</c> directives understood or dropped.
/// </summary>
internal static class JsonMergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch, bool strategic = false)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        if (strategic && (string?)patchObject["$patch"] is { } directive)
        {
            if (directive == "delete")
            {
                return null;
            }

            if (directive == "replace")
            {
                JsonObject replaced = (JsonObject)patchObject.DeepClone();
                replaced.Remove("$patch");
                return replaced;
            }
        }

        JsonObject result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        foreach (KeyValuePair<string, JsonNode?> property in patchObject)
        {
            if (strategic && property.Key.StartsWith('$'))
            {
                ApplyDirective(result, property.Key, property.Value);
                continue;
            }

            if (property.Value is null)
            {
                result.Remove(property.Key);
                continue;
            }

            JsonNode? merged = Apply(result[property.Key], property.Value, strategic);
            if (merged is null)
            {
                result.Remove(property.Key);
            }
            else
            {
                result[property.Key] = merged;
            }
        }

        return result;
    }

    private static void ApplyDirective(JsonObject result, string key, JsonNode? value)
    {
        const string DeletePrefix = "$deleteFromPrimitiveList/";
        if (key.StartsWith(DeletePrefix, StringComparison.Ordinal) && value is JsonArray remove && result[key[DeletePrefix.Length..]] is JsonArray list)
        {
            foreach (JsonNode? item in list.Where(i => remove.Any(r => JsonNode.DeepEquals(r, i))).ToList())
            {
                list.Remove(item);
            }
        }

        // Other directives ($setElementOrder, $retainKeys) only order or trim merged lists, which this merge
        // replaces whole anyway.
    }
}
