using System.Text.Json.Nodes;
using Kube.Emulator.Schema;
using static Kube.Emulator.Tests.Schema.SchemaFixtures;

namespace Kube.Emulator.Tests.Schema;

public sealed class OpenApiSchemasTests
{
    [Fact]
    public void ToComponentSchema_AddsGroupVersionKind()
    {
        var component = OpenApiSchemas.ToComponentSchema(ExternalSecretSchema(), "external-secrets.io", "v1", "ExternalSecret");

        Assert.Equal("""[{"group":"external-secrets.io","kind":"ExternalSecret","version":"v1"}]""", component["x-kubernetes-group-version-kind"]!.ToJsonString());
    }

    [Fact]
    public void ToComponentSchema_MetadataRefersToObjectMeta()
    {
        var component = OpenApiSchemas.ToComponentSchema(ExternalSecretSchema(), "external-secrets.io", "v1", "ExternalSecret");

        Assert.Equal("""{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}""", component["properties"]!["metadata"]!.ToJsonString());
    }

    [Fact]
    public void ToComponentSchema_TypeMetaAreDescribedStrings()
    {
        var component = OpenApiSchemas.ToComponentSchema(ExternalSecretSchema(), "external-secrets.io", "v1", "ExternalSecret");

        foreach (var name in new[] { "apiVersion", "kind" })
        {
            var property = component["properties"]![name]!;
            Assert.Equal("string", property["type"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(property["description"]!.GetValue<string>()));
        }
    }

    [Fact]
    public void ToComponentSchema_Input_StaysUnchanged()
    {
        var source = ExternalSecretSchema();
        var before = source.ToJsonString();

        var component = OpenApiSchemas.ToComponentSchema(source, "external-secrets.io", "v1", "ExternalSecret");

        Assert.Equal(before, source.ToJsonString());
        Assert.Equal(source["properties"]!["spec"]!.ToJsonString(), component["properties"]!["spec"]!.ToJsonString());
    }

    [Fact]
    public void ToComponentSchema_NoProperties_AddsTypeMeta()
    {
        var component = OpenApiSchemas.ToComponentSchema(JsonNode.Parse("""{"type": "object", "x-kubernetes-preserve-unknown-fields": true}""")!, "example.com", "v1alpha1", "Widget");

        Assert.Equal(["apiVersion", "kind", "metadata"], component["properties"]!.AsObject().Select(pair => pair.Key));
        Assert.True(component["x-kubernetes-preserve-unknown-fields"]!.GetValue<bool>());
    }

    [Fact]
    public void ToComponentSchema_NotAnObject_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => OpenApiSchemas.ToComponentSchema(new JsonArray(), "g", "v1", "K"));

        Assert.Equal("crdVersionSchema", exception.ParamName);
    }

    [Theory]
    [InlineData("external-secrets.io", "v1", "ExternalSecret", "io.external-secrets.v1.ExternalSecret")]
    [InlineData("generators.external-secrets.io", "v1alpha1", "ClusterGenerator", "io.external-secrets.generators.v1alpha1.ClusterGenerator")]
    public void ComponentName_ReversesGroup(string group, string version, string kind, string expected)
    {
        var name = OpenApiSchemas.ComponentName(group, version, kind);

        Assert.Equal(expected, name);
    }

    [Fact]
    public void ObjectMetaSchema_OwnerReferencesMergeOnUid()
    {
        var ownerReferences = OpenApiSchemas.ObjectMetaSchema()["properties"]!["ownerReferences"]!;

        Assert.Equal("uid", ownerReferences["x-kubernetes-patch-merge-key"]!.GetValue<string>());
        Assert.Equal("merge", ownerReferences["x-kubernetes-patch-strategy"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("io.k8s.api.core.v1.Secret", "", "Secret")]
    [InlineData("io.k8s.api.core.v1.ConfigMap", "", "ConfigMap")]
    [InlineData("io.k8s.api.core.v1.Namespace", "", "Namespace")]
    [InlineData("io.k8s.api.core.v1.Event", "", "Event")]
    [InlineData("io.k8s.api.events.v1.Event", "events.k8s.io", "Event")]
    [InlineData("io.k8s.api.coordination.v1.Lease", "coordination.k8s.io", "Lease")]
    [InlineData("io.k8s.api.apps.v1.Deployment", "apps", "Deployment")]
    [InlineData("io.k8s.api.apps.v1.StatefulSet", "apps", "StatefulSet")]
    [InlineData("io.k8s.api.apps.v1.DaemonSet", "apps", "DaemonSet")]
    public void BuiltInSchemas_KindCarriesGroupVersionKind(string componentName, string group, string kind)
    {
        var schemas = OpenApiSchemas.BuiltInSchemas();

        var gvk = schemas[componentName]["x-kubernetes-group-version-kind"]![0]!;
        Assert.Equal(group, gvk["group"]!.GetValue<string>());
        Assert.Equal(kind, gvk["kind"]!.GetValue<string>());
        Assert.Equal("v1", gvk["version"]!.GetValue<string>());
    }

    [Fact]
    public void BuiltInSchemas_EveryReferenceResolves()
    {
        var schemas = OpenApiSchemas.BuiltInSchemas();
        const string prefix = "#/components/schemas/";

        var references = schemas.Values.SelectMany(schema => Descendants(schema)).OfType<JsonObject>()
            .Where(node => node.ContainsKey("$ref"))
            .Select(node => node["$ref"]!.GetValue<string>())
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.True(reference.StartsWith(prefix, StringComparison.Ordinal) && schemas.ContainsKey(reference[prefix.Length..]), reference));
    }

    [Fact]
    public void BuiltInSchemas_SecretSchemaValidatesSecret()
    {
        var schema = StructuralSchema.Parse(OpenApiSchemas.BuiltInSchemas()["io.k8s.api.core.v1.Secret"]);
        var secret = JsonNode.Parse("""{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"ok": "YQ==", "bad": "%%"}, "type": "Opaque"}""")!.AsObject();

        var error = Assert.Single(schema.Apply(secret, SchemaApplyMode.Strict));

        Assert.Equal("data.bad", error.Field);
    }

    private static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject map => map.Select(pair => pair.Value),
            JsonArray list => list,
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}
