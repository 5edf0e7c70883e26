using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Btwc.Simulator.Internal.Model;

/// <summary>A stored static secret with its responses serialized once, when it is written.</summary>
internal sealed class StaticSecretRecord
{
    public StaticSecretRecord(string folder, string name, string id, JsonObject secret, IReadOnlyDictionary<string, string> tags, ImmutableArray<SecretVersion> versions)
    {
        Folder = folder;
        Name = name;
        Id = id;
        Tags = tags;
        Versions = versions;
        var path = "/" + SecretPaths.Key(folder, name);
        ReadResponse = Json.ToBytes(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("secret");
            secret.WriteTo(writer);
            WriteDescription(writer, path);
            writer.WriteEndObject();
        });
        ListEntry = Json.ToBytes(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("path", path);
            WriteDescription(writer, null);
            writer.WriteEndObject();
        });
    }

    public string Folder { get; }

    public string Name { get; }

    public string Id { get; }

    public IReadOnlyDictionary<string, string> Tags { get; }

    public ImmutableArray<SecretVersion> Versions { get; }

    /// <summary>The body of <c>GET /static/{name}</c>.</summary>
    public byte[] ReadResponse { get; }

    /// <summary>The object for this secret inside the <c>data</c> array of a list response.</summary>
    public byte[] ListEntry { get; }

    private void WriteDescription(Utf8JsonWriter writer, string? path)
    {
        writer.WriteString("type", "static");
        if (path is not null)
        {
            writer.WriteString("path", path);
        }

        writer.WriteStartObject("metadata");
        writer.WriteString("id", Id);
        writer.WriteStartObject("tags");
        foreach (var (key, value) in Tags)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteNumber("version", Versions[^1].Version);
        Json.WriteTime(writer, "createdAt", Versions[0].CreatedAt);
        Json.WriteTime(writer, "updatedAt", Versions[^1].CreatedAt);
        writer.WriteString("createdBy", "simulator");
        writer.WriteEndObject();
        writer.WriteStartArray("versions");
        foreach (var version in Versions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", version.Version);
            Json.WriteTime(writer, "createdAt", version.CreatedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
