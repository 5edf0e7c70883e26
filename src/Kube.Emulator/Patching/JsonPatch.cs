using System.Globalization;
using System.Text.Json.Nodes;
using Kube.Emulator.Api;

namespace Kube.Emulator.Patching;

/// <summary>JSON patch (RFC 6902): add, remove, replace, move, copy and test, with JSON pointers (RFC 6901).</summary>
internal static class JsonPatch
{
    public static JsonNode Apply(JsonNode target, JsonNode? patch)
    {
        if (patch is not JsonArray operations)
        {
            throw ApiException.BadRequest("the JSON patch is invalid: the body must be a JSON array of operations");
        }

        JsonNode document = target.DeepClone();
        for (int i = 0; i < operations.Count; i++)
        {
            if (operations[i] is not JsonObject operation)
            {
                throw Invalid(i, "is not an object");
            }

            string op = (string?)operation["op"] ?? throw Invalid(i, "has no \"op\"");
            string path = (string?)operation["path"] ?? throw Invalid(i, "has no \"path\"");
            switch (op)
            {
                case "add":
                    document = Add(document, path, Value(operation, i), i);
                    break;
                case "remove":
                    Remove(document, path, i);
                    break;
                case "replace":
                    Remove(document, path, i);
                    document = Add(document, path, Value(operation, i), i);
                    break;
                case "move":
                    string from = (string?)operation["from"] ?? throw Invalid(i, "has no \"from\"");
                    JsonNode? moved = Get(document, from, i)?.DeepClone();
                    Remove(document, from, i);
                    document = Add(document, path, moved, i);
                    break;
                case "copy":
                    string source = (string?)operation["from"] ?? throw Invalid(i, "has no \"from\"");
                    document = Add(document, path, Get(document, source, i)?.DeepClone(), i);
                    break;
                case "test":
                    if (!JsonNode.DeepEquals(Get(document, path, i), operation["value"]))
                    {
                        throw new ApiException(422, "Invalid", $"the server rejected our request due to an error in our request: testing value {path} failed");
                    }

                    break;
                default:
                    throw Invalid(i, $"has the unsupported op \"{op}\"");
            }
        }

        return document;
    }

    private static JsonNode? Value(JsonObject operation, int index) =>
        operation.ContainsKey("value") ? operation["value"]?.DeepClone() : throw Invalid(index, "has no \"value\"");

    private static JsonNode Add(JsonNode document, string path, JsonNode? value, int index)
    {
        if (path.Length == 0)
        {
            return value ?? throw Invalid(index, "replaces the whole document with null");
        }

        (JsonNode parent, string last) = Parent(document, path, index);
        switch (parent)
        {
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array when last == "-":
                array.Add(value);
                break;
            case JsonArray array:
                int at = ArrayIndex(last, array.Count + 1, path, index);
                array.Insert(at, value);
                break;
        }

        return document;
    }

    private static void Remove(JsonNode document, string path, int index)
    {
        (JsonNode parent, string last) = Parent(document, path, index);
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(last):
                obj.Remove(last);
                break;
            case JsonArray array:
                array.RemoveAt(ArrayIndex(last, array.Count, path, index));
                break;
            default:
                throw new ApiException(422, "Invalid", $"the server rejected our request due to an error in our request: unable to remove nonexistent key: {last}: missing value");
        }
    }

    private static JsonNode? Get(JsonNode document, string path, int index)
    {
        JsonNode? current = document;
        foreach (string token in Tokens(path))
        {
            current = current switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out JsonNode? child) => child,
                JsonArray array => array[ArrayIndex(token, array.Count, path, index)],
                _ => throw Missing(path),
            };
        }

        return current;
    }

    private static (JsonNode Parent, string Last) Parent(JsonNode document, string path, int index)
    {
        List<string> tokens = Tokens(path);
        if (tokens.Count == 0)
        {
            throw Invalid(index, "targets the document root");
        }

        string parentPath = string.Concat(tokens.Take(tokens.Count - 1).Select(t => "/" + t.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
        JsonNode? parent = Get(document, parentPath, index);

        return parent is JsonObject or JsonArray ? (parent, tokens[^1]) : throw Missing(path);
    }

    private static List<string> Tokens(string path)
    {
        if (path.Length == 0)
        {
            return [];
        }

        if (path[0] != '/')
        {
            throw ApiException.BadRequest($"the JSON patch is invalid: the path \"{path}\" does not start with '/'");
        }

        return path[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    private static int ArrayIndex(string token, int limit, string path, int index)
    {
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int at) || at >= limit)
        {
            throw new ApiException(422, "Invalid", $"the server rejected our request due to an error in our request: operation {index} has the out-of-range array index \"{token}\" in path \"{path}\"");
        }

        return at;
    }

    private static ApiException Missing(string path) =>
        new(422, "Invalid", $"the server rejected our request due to an error in our request: the path \"{path}\" does not exist");

    private static ApiException Invalid(int index, string detail) =>
        ApiException.BadRequest($"the JSON patch is invalid: operation {index} {detail}");
}
