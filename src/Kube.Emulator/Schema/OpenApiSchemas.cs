using System.Text.Json.Nodes;
using Kube.Emulator.Schema.Internal;

namespace Kube.Emulator.Schema;

/// <summary>
/// Builds OpenAPI v3 component schemas for <c>/openapi/v3</c>: CRD versions with the standard
/// <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> properties, and minimal schemas of the built-in kinds.
/// </summary>
public static partial class OpenApiSchemas
{
    /// <summary>The component name of ObjectMeta, which every kind's <c>metadata</c> refers to.</summary>
    public const string ObjectMetaName = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    /// <summary>The <c>$ref</c> value that points at the ObjectMeta component.</summary>
    public const string ObjectMetaReference = "#/components/schemas/" + ObjectMetaName;

    /// <summary>
    /// Returns the component name the API server gives a CRD kind: the group's DNS labels reversed, then the
    /// version and kind, such as <c>io.external-secrets.v1.ExternalSecret</c> for <c>external-secrets.io/v1</c>.
    /// </summary>
    /// <param name="group">The API group, such as <c>external-secrets.io</c>.</param>
    /// <param name="version">The version, such as <c>v1</c>.</param>
    /// <param name="kind">The kind, such as <c>ExternalSecret</c>.</param>
    public static string ComponentName(string group, string version, string kind)
    {
        ArgumentNullException.ThrowIfNull(group);
        var reversedGroup = string.Join('.', group.Split('.').Reverse());

        return $"{reversedGroup}.{version}.{kind}";
    }

    /// <summary>
    /// Turns a CRD version's <c>openAPIV3Schema</c> into a component schema: a copy with
    /// <c>x-kubernetes-group-version-kind</c>, string <c>apiVersion</c> and <c>kind</c> properties, and
    /// <c>metadata</c> replaced by a <c>$ref</c> to ObjectMeta.
    /// </summary>
    /// <param name="crdVersionSchema">The <c>openAPIV3Schema</c> object; not changed.</param>
    /// <param name="group">The API group, such as <c>external-secrets.io</c>.</param>
    /// <param name="version">The version, such as <c>v1</c>.</param>
    /// <param name="kind">The kind, such as <c>ExternalSecret</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="crdVersionSchema"/> is not a JSON object.</exception>
    public static JsonObject ToComponentSchema(JsonNode crdVersionSchema, string group, string version, string kind)
    {
        if (crdVersionSchema is not JsonObject source)
        {
            throw new ArgumentException("The CRD version schema must be a JSON object (spec.versions[].schema.openAPIV3Schema).", nameof(crdVersionSchema));
        }

        var schema = (JsonObject)source.DeepClone();
        schema["type"] ??= "object";
        if (schema["properties"] is not JsonObject properties)
        {
            properties = new JsonObject();
            schema["properties"] = properties;
        }

        properties["apiVersion"] = TypeMetaProperty(properties["apiVersion"], OpenApiText.ApiVersion);
        properties["kind"] = TypeMetaProperty(properties["kind"], OpenApiText.Kind);
        properties["metadata"] = new JsonObject { ["$ref"] = ObjectMetaReference };
        schema["x-kubernetes-group-version-kind"] = GroupVersionKind(group, version, kind);

        return schema;
    }

    private static JsonObject TypeMetaProperty(JsonNode? existing, string description)
    {
        var property = existing is JsonObject declared ? (JsonObject)declared.DeepClone() : new JsonObject();
        property["type"] = "string";
        property["description"] ??= description;

        return property;
    }

    /// <summary>Returns the <c>x-kubernetes-group-version-kind</c> array with one entry.</summary>
    /// <param name="group">The API group; empty for the core group.</param>
    /// <param name="version">The version.</param>
    /// <param name="kind">The kind.</param>
    public static JsonArray GroupVersionKind(string group, string version, string kind) =>
    [
        new JsonObject { ["group"] = group, ["kind"] = kind, ["version"] = version },
    ];
}
