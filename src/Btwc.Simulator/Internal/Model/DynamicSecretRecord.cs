namespace Btwc.Simulator.Internal.Model;

/// <summary>A stored dynamic secret definition with its definition response serialized once.</summary>
internal sealed class DynamicSecretRecord
{
    public DynamicSecretRecord(string folder, string name, string id, DynamicSecretDefinition definition, string tenantId, string clientId, DateTimeOffset createdAt)
    {
        Folder = folder;
        Name = name;
        Definition = definition;
        TenantId = tenantId;
        ClientId = clientId;
        DefinitionResponse = Json.ToBytes(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("path", "/" + SecretPaths.Key(folder, name));
            writer.WriteStartObject("config");
            writer.WriteString("type", definition.Type == DynamicSecretType.Aws ? "aws" : "azure");
            writer.WriteString("credentialType", definition.Type == DynamicSecretType.Aws ? "assumed_role" : "service_principal_password");
            writer.WriteNumber("ttl", definition.TtlSeconds);
            writer.WriteEndObject();
            writer.WriteStartObject("metadata");
            writer.WriteString("id", id);
            writer.WriteNumber("version", 1);
            Json.WriteTime(writer, "createdAt", createdAt);
            writer.WriteString("createdBy", "simulator");
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    public string Folder { get; }

    public string Name { get; }

    public DynamicSecretDefinition Definition { get; }

    public string TenantId { get; }

    public string ClientId { get; }

    /// <summary>The body of <c>GET /dynamic/{name}</c>.</summary>
    public byte[] DefinitionResponse { get; }
}
