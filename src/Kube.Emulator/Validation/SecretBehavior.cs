using System.Text;
using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;

namespace Kube.Emulator.Validation;

/// <summary>Secret defaults and validation: stringData folded into data, base64, size, type and immutability rules.</summary>
internal sealed class SecretBehavior : IKindBehavior
{
    private static readonly Dictionary<string, string[]> RequiredKeys = new(StringComparer.Ordinal)
    {
        ["kubernetes.io/tls"] = ["tls.crt", "tls.key"],
        ["kubernetes.io/dockerconfigjson"] = [".dockerconfigjson"],
        ["kubernetes.io/dockercfg"] = [".dockercfg"],
        ["kubernetes.io/ssh-auth"] = ["ssh-privatekey"],
    };

    public void PrepareForCreate(JsonObject obj, List<StatusCause> causes) => Prepare(obj, causes);

    public void PrepareForUpdate(JsonObject obj, JsonObject old, List<StatusCause> causes)
    {
        Prepare(obj, causes);
        if ((string?)obj["type"] != (string?)old["type"])
        {
            causes.Add(StatusCause.Invalid("type", (string?)obj["type"], "field is immutable"));
        }

        DataMaps.CheckImmutable(obj, old, ["data"], causes);
    }

    private static void Prepare(JsonObject obj, List<StatusCause> causes)
    {
        if (string.IsNullOrEmpty((string?)obj["type"]))
        {
            obj["type"] = "Opaque";
        }

        JsonObject? data = obj["data"] as JsonObject;

        if (obj["stringData"] is JsonObject stringData)
        {
            DataMaps.ValidateKeys(stringData, "stringData", causes);
            data ??= [];
            foreach (KeyValuePair<string, JsonNode?> entry in stringData)
            {
                data[entry.Key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(entry.Value?.ToString() ?? string.Empty));
            }

            obj["data"] = data;
            obj.Remove("stringData");
        }

        DataMaps.ValidateKeys(data, "data", causes);
        if (DataMaps.CheckBase64(data, "Secret") > DataMaps.MaxTotalBytes)
        {
            causes.Add(StatusCause.TooLong("data", DataMaps.MaxTotalBytes));
        }

        string type = (string?)obj["type"] ?? "Opaque";
        if (RequiredKeys.TryGetValue(type, out string[]? keys))
        {
            foreach (string key in keys.Where(k => data?[k] is null))
            {
                causes.Add(StatusCause.Required($"data[{key}]"));
            }
        }

        if (type == "kubernetes.io/basic-auth" && data?["username"] is null && data?["password"] is null)
        {
            causes.Add(StatusCause.Required("data[username]", "either username or password is required"));
        }
    }
}
