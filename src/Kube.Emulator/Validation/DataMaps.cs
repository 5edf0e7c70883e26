using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kube.Emulator.Api;

namespace Kube.Emulator.Validation;

/// <summary>Rules shared by Secret and ConfigMap data: key names, base64 values, total size and immutability.</summary>
internal static partial class DataMaps
{
    /// <summary>The largest total size of a Secret's or ConfigMap's data, 1 MiB, as the real server validates.</summary>
    public const int MaxTotalBytes = 1024 * 1024;

    private const string KeyMessage = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

    public static void ValidateKeys(JsonObject? map, string field, List<StatusCause> causes)
    {
        if (map is null)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode?> entry in map)
        {
            if (entry.Key.Length is 0 or > 253 || !ConfigKey().IsMatch(entry.Key))
            {
                causes.Add(StatusCause.Invalid(field, entry.Key, KeyMessage));
            }
        }
    }

    /// <summary>Checks base64 values the way the JSON decoder does, so a bad value is a 400 decoding error.</summary>
    public static long CheckBase64(JsonObject? map, string kind)
    {
        long total = 0;
        if (map is null)
        {
            return 0;
        }

        foreach (KeyValuePair<string, JsonNode?> entry in map)
        {
            if (entry.Value is null)
            {
                continue;
            }

            string text = entry.Value.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? entry.Value.GetValue<string>()
                : throw ApiException.BadRequest($"{kind} in version \"v1\" cannot be handled as a {kind}: the value of key \"{entry.Key}\" must be a base64 string");
            byte[] buffer = new byte[text.Length];
            if (!Convert.TryFromBase64String(text, buffer, out int written))
            {
                throw ApiException.BadRequest($"{kind} in version \"v1\" cannot be handled as a {kind}: illegal base64 data in the value of key \"{entry.Key}\"");
            }

            total += written;
        }

        return total;
    }

    /// <summary>Rejects a change of data on an object that was stored with <c>immutable: true</c>.</summary>
    public static void CheckImmutable(JsonObject obj, JsonObject old, IEnumerable<string> fields, List<StatusCause> causes)
    {
        if ((bool?)old["immutable"] != true)
        {
            return;
        }

        if ((bool?)obj["immutable"] != true)
        {
            causes.Add(StatusCause.Forbidden("immutable", "field is immutable when `immutable` is set"));
        }

        foreach (string field in fields)
        {
            if (!JsonNode.DeepEquals(Normalize(obj[field]), Normalize(old[field])))
            {
                causes.Add(StatusCause.Forbidden(field, "field is immutable when `immutable` is set"));
            }
        }
    }

    private static JsonNode? Normalize(JsonNode? node) => node is JsonObject { Count: 0 } ? null : node;

    [GeneratedRegex("^[-._a-zA-Z0-9]+$")]
    private static partial Regex ConfigKey();
}
