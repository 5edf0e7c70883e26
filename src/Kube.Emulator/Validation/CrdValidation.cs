using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Validation;

/// <summary>The CustomResourceDefinition checks the emulator needs to register a definition safely.</summary>
internal static class CrdValidation
{
    private static readonly string[] Scopes = ["Cluster", "Namespaced"];

    public static void Validate(JsonObject crd, JsonObject? old, List<StatusCause> causes)
    {
        if (crd["spec"] is not JsonObject spec)
        {
            causes.Add(StatusCause.Required("spec"));
            return;
        }

        string group = (string?)spec["group"] ?? string.Empty;
        if (group.Length == 0)
        {
            causes.Add(StatusCause.Required("spec.group"));
        }
        else if (!NameRules.IsSubdomain(group) || !group.Contains('.', StringComparison.Ordinal))
        {
            causes.Add(StatusCause.Invalid("spec.group", group, "should be a domain with at least one dot"));
        }

        ValidateNames(spec["names"] as JsonObject, causes);
        string scope = (string?)spec["scope"] ?? string.Empty;
        if (!Scopes.Contains(scope))
        {
            causes.Add(scope.Length == 0 ? StatusCause.Required("spec.scope") : StatusCause.NotSupported("spec.scope", scope, Scopes));
        }

        ValidateVersions(spec["versions"] as JsonArray, causes);

        string plural = (string?)spec["names"]?["plural"] ?? string.Empty;
        string name = (string?)crd["metadata"]?["name"] ?? string.Empty;
        if (plural.Length > 0 && group.Length > 0 && name != $"{plural}.{group}")
        {
            causes.Add(StatusCause.Invalid("metadata.name", name, "must be spec.names.plural+\".\"+spec.group"));
        }

        if (old?["spec"] is JsonObject oldSpec)
        {
            if ((string?)oldSpec["scope"] != scope)
            {
                causes.Add(StatusCause.Invalid("spec.scope", scope, "field is immutable"));
            }

            if ((string?)oldSpec["group"] != group)
            {
                causes.Add(StatusCause.Invalid("spec.group", group, "field is immutable"));
            }
        }
    }

    private static void ValidateNames(JsonObject? names, List<StatusCause> causes)
    {
        string plural = (string?)names?["plural"] ?? string.Empty;
        string kind = (string?)names?["kind"] ?? string.Empty;
        if (plural.Length == 0)
        {
            causes.Add(StatusCause.Required("spec.names.plural"));
        }
        else if (!NameRules.IsLabel(plural))
        {
            causes.Add(StatusCause.Invalid("spec.names.plural", plural, NameRules.LabelMessage));
        }

        if (kind.Length == 0)
        {
            causes.Add(StatusCause.Required("spec.names.kind"));
        }
    }

    private static void ValidateVersions(JsonArray? versions, List<StatusCause> causes)
    {
        if (versions is null || versions.Count == 0)
        {
            causes.Add(StatusCause.Required("spec.versions", "must have exactly one version marked as storage version"));
            return;
        }

        int storage = versions.Count(v => (bool?)v?["storage"] == true);
        if (storage != 1)
        {
            causes.Add(StatusCause.Invalid("spec.versions", null, "must have exactly one version marked as storage version"));
        }

        for (int i = 0; i < versions.Count; i++)
        {
            string path = $"spec.versions[{i}]";
            if (string.IsNullOrEmpty((string?)versions[i]?["name"]))
            {
                causes.Add(StatusCause.Required(path + ".name"));
            }

            JsonNode? schema = versions[i]?["schema"]?["openAPIV3Schema"];
            if (schema is null)
            {
                causes.Add(StatusCause.Required(path + ".schema.openAPIV3Schema", "schemas are required"));
                continue;
            }

            try
            {
                StructuralSchema.Parse(schema);
            }
            catch (SchemaParseException error)
            {
                causes.Add(StatusCause.Invalid(path + ".schema.openAPIV3Schema", null, error.Message));
            }
        }
    }
}
