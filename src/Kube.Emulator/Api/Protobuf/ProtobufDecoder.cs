using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Api.Protobuf;

/// <summary>
/// Decodes the Kubernetes protobuf envelope (the magic <c>k8s\0</c> and a <c>runtime.Unknown</c> message) of the
/// kinds in <see cref="ProtoMessages"/> into the JSON object the rest of the server handles.
/// </summary>
internal static class ProtobufDecoder
{
    private static readonly byte[] Magic = "k8s\0"u8.ToArray();

    public static JsonObject Decode(byte[] body)
    {
        if (body.Length < Magic.Length || !body.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw ApiException.BadRequest("the protobuf body does not start with the Kubernetes envelope prefix \"k8s\\x00\"");
        }

        string apiVersion = string.Empty;
        string kind = string.Empty;
        byte[] raw = [];
        var envelope = new ProtoReader(body.AsMemory(Magic.Length));
        while (envelope.TryReadTag(out int field, out int wire))
        {
            if (field == 1 && wire == 2)
            {
                var typeMeta = new ProtoReader(envelope.ReadBytes());
                while (typeMeta.TryReadTag(out int typeField, out int typeWire))
                {
                    switch (typeField)
                    {
                        case 1: apiVersion = typeMeta.ReadString(); break;
                        case 2: kind = typeMeta.ReadString(); break;
                        default: typeMeta.Skip(typeWire); break;
                    }
                }
            }
            else if (field == 2 && wire == 2)
            {
                raw = envelope.ReadBytes().ToArray();
            }
            else
            {
                envelope.Skip(wire);
            }
        }

        IReadOnlyDictionary<int, ProtoField> message = ProtoMessages.ForKind(apiVersion, kind)
            ?? throw ApiException.UnsupportedMediaType($"application/vnd.kubernetes.protobuf (the emulator decodes protobuf only for v1 Secret, ConfigMap and Namespace, not {apiVersion} {kind}; send JSON)");
        JsonObject result = ReadMessage(new ProtoReader(raw), message);
        result["apiVersion"] = apiVersion;
        result["kind"] = kind;

        return result;
    }

    private static JsonObject ReadMessage(ProtoReader reader, IReadOnlyDictionary<int, ProtoField> fields)
    {
        var obj = new JsonObject();
        while (reader.TryReadTag(out int number, out int wire))
        {
            if (!fields.TryGetValue(number, out ProtoField? field))
            {
                reader.Skip(wire);
                continue;
            }

            switch (field.Kind)
            {
                case ProtoKind.String: SetUnlessEmpty(obj, field.JsonName, reader.ReadString()); break;
                case ProtoKind.Bytes: obj[field.JsonName] = Convert.ToBase64String(reader.ReadBytes().Span); break;
                case ProtoKind.Bool: obj[field.JsonName] = reader.ReadVarint() != 0; break;
                case ProtoKind.Int64: obj[field.JsonName] = (long)reader.ReadVarint(); break;
                case ProtoKind.Time: SetUnlessEmpty(obj, field.JsonName, ReadTime(new ProtoReader(reader.ReadBytes()))); break;
                case ProtoKind.Message: obj[field.JsonName] = ReadMessage(new ProtoReader(reader.ReadBytes()), field.Message!); break;
                case ProtoKind.StringMap or ProtoKind.BytesMap: AddMapEntry(obj, field, new ProtoReader(reader.ReadBytes())); break;
                case ProtoKind.RepeatedString: Array(obj, field.JsonName).Add(reader.ReadString()); break;
                case ProtoKind.RepeatedMessage: Array(obj, field.JsonName).Add(ReadMessage(new ProtoReader(reader.ReadBytes()), field.Message!)); break;
            }
        }

        return obj;
    }

    /// <summary>Leaves out empty strings, which the protobuf encoding always writes and JSON omits.</summary>
    private static void SetUnlessEmpty(JsonObject obj, string name, string value)
    {
        if (value.Length > 0)
        {
            obj[name] = value;
        }
    }

    private static void AddMapEntry(JsonObject obj, ProtoField field, ProtoReader entry)
    {
        string key = string.Empty;
        JsonNode value = string.Empty;
        while (entry.TryReadTag(out int number, out int wire))
        {
            if (number == 1)
            {
                key = entry.ReadString();
            }
            else if (number == 2)
            {
                ReadOnlyMemory<byte> bytes = entry.ReadBytes();
                value = field.Kind == ProtoKind.BytesMap ? Convert.ToBase64String(bytes.Span) : Encoding.UTF8.GetString(bytes.Span);
            }
            else
            {
                entry.Skip(wire);
            }
        }

        if (obj[field.JsonName] is not JsonObject map)
        {
            map = [];
            obj[field.JsonName] = map;
        }

        map[key] = value;
    }

    private static JsonArray Array(JsonObject obj, string name)
    {
        if (obj[name] is not JsonArray array)
        {
            array = [];
            obj[name] = array;
        }

        return array;
    }

    private static string ReadTime(ProtoReader reader)
    {
        long seconds = 0;
        while (reader.TryReadTag(out int number, out int wire))
        {
            if (number == 1)
            {
                seconds = (long)reader.ReadVarint();
            }
            else
            {
                reader.Skip(wire);
            }
        }

        if (seconds == 0)
        {
            return string.Empty;
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
