using System.Text.Json.Nodes;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Tests.Schema;

public sealed class CompositeSchemaTests
{
    private static readonly StructuralSchema Schema = StructuralSchema.Parse(JsonNode.Parse("""
        {"type": "object", "properties": {
          "spec": {"type": "object",
            "anyOf": [{"required": ["ingress"]}, {"required": ["egress"]}],
            "properties": {
              "ingress": {"type": "array", "items": {"type": "string"}},
              "egress": {"type": "array", "items": {"type": "string"}},
              "code": {"type": "string", "allOf": [{"minLength": 2}, {"pattern": "^[A-Z]+$"}]},
              "source": {"type": "object", "oneOf": [{"required": ["secret"]}, {"required": ["configMap"]}],
                "properties": {"secret": {"type": "string"}, "configMap": {"type": "string"}}},
              "name": {"type": "string", "not": {"enum": ["admin"]}},
              "port": {"x-kubernetes-int-or-string": true, "anyOf": [{"type": "integer"}, {"type": "string"}]}}}}}
        """)!);

    private static IReadOnlyList<FieldError> Apply(string specJson) =>
        Schema.Apply(new JsonObject { ["spec"] = JsonNode.Parse(specJson) }, SchemaApplyMode.Strict);

    [Fact]
    public void AnyOf_NoBranchPasses_ReportsComposite()
    {
        var errors = Apply("{}");

        Assert.Equal(["<nil>: Invalid value: \"\": \"spec\" must validate at least one schema (anyOf)", "spec.ingress: Required value"], errors.Select(error => error.ToString()));
    }

    [Fact]
    public void AnyOf_OneBranchPasses_IsValid()
    {
        var errors = Apply("""{"egress": ["a"]}""");

        Assert.Empty(errors);
    }

    [Fact]
    public void AllOf_EveryBranchApplies()
    {
        var errors = Apply("""{"egress": [], "code": "a"}""");

        Assert.Equal(["spec.code", "spec.code"], errors.Select(error => error.Field));
        Assert.Contains("should be at least 2 chars long", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("should match '^[A-Z]+$'", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOf_TwoBranchesPass_ReportsAlternatives()
    {
        var errors = Apply("""{"egress": [], "source": {"secret": "s", "configMap": "c"}}""");

        var error = Assert.Single(errors);
        Assert.Equal("Invalid value: \"\": \"spec.source\" must validate one and only one schema (oneOf). Found 2 valid alternatives", error.Message);
    }

    [Fact]
    public void OneOf_NoBranchPasses_ReportsNoneValid()
    {
        var errors = Apply("""{"egress": [], "source": {}}""");

        Assert.Equal(["<nil>", "spec.source.secret"], errors.Select(error => error.Field));
        Assert.EndsWith("Found none valid", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_MatchingValue_ReportsComposite()
    {
        var errors = Apply("""{"egress": [], "name": "admin"}""");

        var error = Assert.Single(errors);
        Assert.Equal("Invalid value: \"\": \"spec.name\" must not validate the schema (not)", error.Message);
    }

    [Fact]
    public void AnyOf_OnResourceRoot_IsChecked()
    {
        var schema = StructuralSchema.Parse(JsonNode.Parse("""{"type": "object", "anyOf": [{"required": ["spec"]}], "properties": {"spec": {"type": "object"}}}""")!);

        var errors = schema.Apply(new JsonObject { ["kind"] = "Widget" }, SchemaApplyMode.Strict);

        Assert.Equal(["<nil>: Invalid value: \"\": \"\" must validate at least one schema (anyOf)", "spec: Required value"], errors.Select(error => error.ToString()));
    }

    [Theory]
    [InlineData("""{"egress": [], "port": 8080}""")]
    [InlineData("""{"egress": [], "port": "http"}""")]
    public void IntOrStringAnyOf_IntegerOrString_IsValid(string specJson)
    {
        var errors = Apply(specJson);

        Assert.Empty(errors);
    }
}
