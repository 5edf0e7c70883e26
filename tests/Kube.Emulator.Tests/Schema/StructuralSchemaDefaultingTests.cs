using System.Text.Json.Nodes;
using Kube.Emulator.Schema;
using static Kube.Emulator.Tests.Schema.SchemaFixtures;

namespace Kube.Emulator.Tests.Schema;

public sealed class StructuralSchemaDefaultingTests
{
    public static TheoryData<string, string, string> ExternalSecretDefaults => new()
    {
        // spec JSON, JSONPath, expected JSON at that path
        { "{}", ".spec.refreshInterval", "\"1h0m0s\"" },
        { "{}", ".spec.target", "{\"creationPolicy\":\"Owner\",\"deletionPolicy\":\"Retain\"}" },
        { "{\"refreshInterval\": \"15s\"}", ".spec.refreshInterval", "\"15s\"" },
        { "{\"refreshInterval\": null}", ".spec.refreshInterval", "\"1h0m0s\"" },
        { "{\"target\": {\"name\": \"db\"}}", ".spec.target.creationPolicy", "\"Owner\"" },
        { "{\"target\": {\"name\": \"db\"}}", ".spec.target.deletionPolicy", "\"Retain\"" },
        { "{\"target\": {\"name\": \"db\"}}", ".spec.target.name", "\"db\"" },
        { "{\"target\": {\"creationPolicy\": \"Merge\"}}", ".spec.target.creationPolicy", "\"Merge\"" },
        { "{\"target\": {\"template\": {}}}", ".spec.target.template.engineVersion", "\"v2\"" },
        { "{\"target\": {\"template\": {}}}", ".spec.target.template.mergePolicy", "\"Replace\"" },
        { "{\"data\": [{\"secretKey\": \"a\", \"remoteRef\": {\"key\": \"k\"}}]}", ".spec.data[0].remoteRef.conversionStrategy", "\"Default\"" },
        { "{\"data\": [{\"secretKey\": \"a\", \"remoteRef\": {\"key\": \"k\"}}]}", ".spec.data[0].remoteRef.decodingStrategy", "\"None\"" },
        { "{\"data\": [{\"secretKey\": \"a\", \"remoteRef\": {\"key\": \"k\"}}, {\"secretKey\": \"b\", \"remoteRef\": {\"key\": \"k2\", \"metadataPolicy\": \"Fetch\"}}]}", ".spec.data[1].remoteRef.metadataPolicy", "\"Fetch\"" },
        { "{\"dataFrom\": [{\"sourceRef\": {\"generatorRef\": {\"kind\": \"ClusterGenerator\", \"name\": \"gen\"}}}]}", ".spec.dataFrom[0].sourceRef.generatorRef.apiVersion", "\"generators.external-secrets.io/v1alpha1\"" },
        { "{\"dataFrom\": [{\"extract\": {\"key\": \"k\"}}]}", ".spec.dataFrom[0].extract.conversionStrategy", "\"Default\"" },
    };

    [Theory]
    [MemberData(nameof(ExternalSecretDefaults))]
    public void Apply_ExternalSecret_SetsDefault(string specJson, string jsonPath, string expected)
    {
        var resource = ExternalSecretObject(specJson);

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Empty(errors);
        Assert.Equal(expected, At(resource, jsonPath));
    }

    [Fact]
    public void Apply_NoSpec_CreatesNothingUnderSpec()
    {
        var resource = ExternalSecretObject("{}");
        resource.Remove("spec");

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Empty(errors);
        Assert.False(resource.ContainsKey("spec"));
    }

    [Fact]
    public void Apply_ParentCreatedByDefault_GetsNestedDefaults()
    {
        var schema = StructuralSchema.Parse(JsonNode.Parse("""
            {"type": "object", "properties": {"spec": {"type": "object", "properties": {
              "outer": {"type": "object", "default": {}, "properties": {
                "inner": {"type": "string", "default": "x"},
                "deeper": {"type": "object", "default": {"level": 1}, "properties": {
                  "level": {"type": "integer"},
                  "mode": {"type": "string", "default": "auto"}}}}}}}}}
            """)!);
        var resource = new JsonObject { ["spec"] = new JsonObject() };

        var errors = schema.Apply(resource, SchemaApplyMode.Strict);

        Assert.Empty(errors);
        Assert.Equal("{\"outer\":{\"inner\":\"x\",\"deeper\":{\"level\":1,\"mode\":\"auto\"}}}", resource["spec"]!.ToJsonString());
    }

    [Fact]
    public void Apply_NullableNullWithDefault_KeepsNull()
    {
        var schema = StructuralSchema.Parse(JsonNode.Parse("""
            {"type": "object", "properties": {"spec": {"type": "object", "properties": {
              "value": {"type": "string", "nullable": true, "default": "d"}}}}}
            """)!);
        var resource = new JsonObject { ["spec"] = new JsonObject { ["value"] = null } };

        var errors = schema.Apply(resource, SchemaApplyMode.Strict);

        Assert.Empty(errors);
        Assert.True(resource["spec"]!.AsObject().ContainsKey("value"));
        Assert.Null(resource["spec"]!["value"]);
    }

    [Fact]
    public void Apply_NonNullableNullWithoutDefault_DropsField()
    {
        var resource = ExternalSecretObject("{\"refreshPolicy\": null}");

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Empty(errors);
        Assert.False(resource["spec"]!.AsObject().ContainsKey("refreshPolicy"));
    }

    [Fact]
    public void Apply_DefaultObject_IsCopiedPerObject()
    {
        var schema = ExternalSecret();
        var first = ExternalSecretObject("{}");
        var second = ExternalSecretObject("{}");

        schema.Apply(first, SchemaApplyMode.Prune);
        first["spec"]!["target"]!["creationPolicy"] = "Orphan";
        schema.Apply(second, SchemaApplyMode.Prune);

        Assert.Equal("Owner", second["spec"]!["target"]!["creationPolicy"]!.GetValue<string>());
    }
}
