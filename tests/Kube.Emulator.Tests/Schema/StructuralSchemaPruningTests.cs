using System.Text.Json.Nodes;
using Kube.Emulator.Schema;
using static Kube.Emulator.Tests.Schema.SchemaFixtures;

namespace Kube.Emulator.Tests.Schema;

public sealed class StructuralSchemaPruningTests
{
    private const string PreservingSchemaJson = """
        {"type": "object", "properties": {"spec": {"type": "object", "properties": {
          "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true, "properties": {
            "known": {"type": "object", "properties": {"a": {"type": "string"}}}}},
          "closed": {"type": "object"},
          "maps": {"type": "object", "additionalProperties": {"type": "object", "properties": {"x": {"type": "string"}}}},
          "anything": {"type": "object", "additionalProperties": true},
          "embedded": {"type": "object", "x-kubernetes-embedded-resource": true, "properties": {"spec": {"type": "object", "properties": {"size": {"type": "integer"}}}}}}}}}
        """;

    public static TheoryData<string, string> UnknownFieldPaths => new()
    {
        // spec JSON with one unknown field, the reported path
        { "{\"foo\": 1}", "spec.foo" },
        { "{\"target\": {\"nmae\": \"x\"}}", "spec.target.nmae" },
        { "{\"data\": [{\"secretKey\": \"a\", \"remoteRef\": {\"key\": \"k\"}, \"extra\": true}]}", "spec.data[0].extra" },
        { "{\"data\": [{\"secretKey\": \"a\", \"remoteRef\": {\"key\": \"k\", \"deep\": {\"x\": 1}}}]}", "spec.data[0].remoteRef.deep" },
        { "{\"target\": {\"template\": {\"metadata\": {\"finalizers\": []}}}}", "spec.target.template.metadata.finalizers" },
    };

    [Theory]
    [MemberData(nameof(UnknownFieldPaths))]
    public void Apply_Strict_ReportsUnknownField(string specJson, string path)
    {
        var resource = ExternalSecretObject(specJson);

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        var error = Assert.Single(errors);
        Assert.Equal(path, error.Field);
        Assert.Equal(FieldErrorTypes.Unknown, error.Type);
        Assert.Equal($"unknown field \"{path}\"", error.Message);
        Assert.False(error.IsWarning);
    }

    [Theory]
    [MemberData(nameof(UnknownFieldPaths))]
    public void Apply_Warn_ReportsWarningAndPrunes(string specJson, string path)
    {
        var resource = ExternalSecretObject(specJson);

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Warn);

        var warning = Assert.Single(errors);
        Assert.True(warning.IsWarning);
        Assert.Equal(path, warning.Field);
        Assert.DoesNotContain("\"" + path.Split('.')[^1] + "\"", resource["spec"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UnknownFieldPaths))]
    public void Apply_Prune_RemovesSilently(string specJson, string path)
    {
        var resource = ExternalSecretObject(specJson);
        var unknownName = path.Split('.')[^1];

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Prune);

        Assert.Empty(errors);
        Assert.DoesNotContain("\"" + unknownName + "\"", resource["spec"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ResourceRoot_KeepsTypeMetaAndMetadata()
    {
        var schema = StructuralSchema.Parse(JsonNode.Parse("{\"type\": \"object\", \"properties\": {\"spec\": {\"type\": \"object\"}}}")!);
        var resource = new JsonObject
        {
            ["apiVersion"] = "example.com/v1",
            ["kind"] = "Widget",
            ["metadata"] = new JsonObject { ["name"] = "w", ["labels"] = new JsonObject { ["a"] = "b" }, ["custom"] = 1 },
            ["extra"] = "gone",
        };

        var errors = schema.Apply(resource, SchemaApplyMode.Strict);

        var error = Assert.Single(errors);
        Assert.Equal("extra", error.Field);
        Assert.Equal("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w","labels":{"a":"b"},"custom":1}}""", resource.ToJsonString());
    }

    [Fact]
    public void Apply_StatusUnknownField_IsPruned()
    {
        var resource = ExternalSecretObject("{}");
        resource["status"] = JsonNode.Parse("""{"refreshTime": null, "bogus": 1, "conditions": [{"type": "Ready", "status": "True", "observedGeneration": 3}]}""");

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Equal(["status.bogus", "status.conditions[0].observedGeneration"], errors.Select(error => error.Field));
        Assert.Equal("""{"refreshTime":null,"conditions":[{"type":"Ready","status":"True"}]}""", resource["status"]!.ToJsonString());
    }

    [Fact]
    public void Apply_PreserveUnknown_PrunesOnlyKnown()
    {
        var resource = new JsonObject
        {
            ["spec"] = JsonNode.Parse("""{"free": {"anything": {"goes": [1, 2]}, "known": {"a": "x", "b": "pruned"}}}"""),
        };

        var errors = StructuralSchema.Parse(JsonNode.Parse(PreservingSchemaJson)!).Apply(resource, SchemaApplyMode.Strict);

        var error = Assert.Single(errors);
        Assert.Equal("spec.free.known.b", error.Field);
        Assert.Equal("""{"anything":{"goes":[1,2]},"known":{"a":"x"}}""", resource["spec"]!["free"]!.ToJsonString());
    }

    [Fact]
    public void Apply_ObjectWithoutProperties_PrunesEverything()
    {
        var resource = new JsonObject { ["spec"] = JsonNode.Parse("""{"closed": {"a": 1}}""") };

        var errors = StructuralSchema.Parse(JsonNode.Parse(PreservingSchemaJson)!).Apply(resource, SchemaApplyMode.Prune);

        Assert.Empty(errors);
        Assert.Equal("{}", resource["spec"]!["closed"]!.ToJsonString());
    }

    [Fact]
    public void Apply_AdditionalPropertiesSchema_PrunesInsideMapValues()
    {
        var resource = new JsonObject { ["spec"] = JsonNode.Parse("""{"maps": {"one": {"x": "a", "y": "b"}}, "anything": {"k": {"deep": true}}}""") };

        var errors = StructuralSchema.Parse(JsonNode.Parse(PreservingSchemaJson)!).Apply(resource, SchemaApplyMode.Strict);

        var error = Assert.Single(errors);
        Assert.Equal("spec.maps.one.y", error.Field);
        Assert.Equal("""{"maps":{"one":{"x":"a"}},"anything":{"k":{"deep":true}}}""", resource["spec"]!.ToJsonString());
    }

    [Fact]
    public void Apply_EmbeddedResource_KeepsTypeMeta()
    {
        var resource = new JsonObject
        {
            ["spec"] = JsonNode.Parse("""{"embedded": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "spec": {"size": 1, "color": "red"}}}"""),
        };

        var errors = StructuralSchema.Parse(JsonNode.Parse(PreservingSchemaJson)!).Apply(resource, SchemaApplyMode.Strict);

        var error = Assert.Single(errors);
        Assert.Equal("spec.embedded.spec.color", error.Field);
        Assert.Equal("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"spec":{"size":1}}""", resource["spec"]!["embedded"]!.ToJsonString());
    }

    [Fact]
    public void Apply_UnknownFields_ComeFirst()
    {
        var resource = ExternalSecretObject("""{"target": {"creationPolicy": "Foo"}, "bogus": 1}""");

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Equal([FieldErrorTypes.Unknown, FieldErrorTypes.NotSupported], errors.Select(error => error.Type));
    }
}
