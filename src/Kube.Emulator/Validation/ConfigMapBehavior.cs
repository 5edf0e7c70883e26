using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;

namespace Kube.Emulator.Validation;

/// <summary>ConfigMap validation: keys, binaryData base64, size and immutability.</summary>
internal sealed class ConfigMapBehavior : IKindBehavior
{
    public void PrepareForCreate(JsonObject obj, List<StatusCause> causes) => Validate(obj, causes);

    public void PrepareForUpdate(JsonObject obj, JsonObject old, List<StatusCause> causes)
    {
        Validate(obj, causes);
        DataMaps.CheckImmutable(obj, old, ["data", "binaryData"], causes);
    }

    private static void Validate(JsonObject obj, List<StatusCause> causes)
    {
        var data = obj["data"] as JsonObject;
        var binary = obj["binaryData"] as JsonObject;
        DataMaps.ValidateKeys(data, "data", causes);
        DataMaps.ValidateKeys(binary, "binaryData", causes);
        long size = DataMaps.CheckBase64(binary, "ConfigMap");
        if (data is not null)
        {
            size += data.Sum(e => (long)System.Text.Encoding.UTF8.GetByteCount(e.Value?.ToString() ?? string.Empty));
            foreach (string key in data.Select(e => e.Key).Where(k => binary?[k] is not null))
            {
                causes.Add(StatusCause.Invalid("data", key, "duplicate of key present in binaryData"));
            }
        }

        if (size > DataMaps.MaxTotalBytes)
        {
            causes.Add(StatusCause.TooLong("data", DataMaps.MaxTotalBytes));
        }
    }
}
