using System.Text.Json.Nodes;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Tests.Schema;

public sealed class ValidationRuleTests
{
    private static StructuralSchema SpecWithRule(string ruleJson, string specSchemaJson = """{"type": "object", "x-kubernetes-preserve-unknown-fields": true}""")
    {
        var spec = JsonNode.Parse(specSchemaJson)!.AsObject();
        spec["x-kubernetes-validations"] = JsonNode.Parse($"[{ruleJson}]");

        return StructuralSchema.Parse(new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["spec"] = spec } });
    }

    private static IReadOnlyList<FieldError> Apply(StructuralSchema schema, string specJson) =>
        schema.Apply(new JsonObject { ["spec"] = JsonNode.Parse(specJson) }, SchemaApplyMode.Strict);

    public static TheoryData<string, string, bool> Rules => new()
    {
        // rule, spec JSON, whether the rule is satisfied
        { "has(self.provider)", """{"provider": {}}""", true },
        { "has(self.provider)", """{}""", false },
        { "!has(self.provider)", """{}""", true },
        { "has(self.provider.btwc)", """{"provider": {"btwc": {}}}""", true },
        { "has(self.a) || has(self.b)", """{"b": 1}""", true },
        { "has(self.a) && has(self.b)", """{"b": 1}""", false },
        { "self.mode == 'Owner'", """{"mode": "Owner"}""", true },
        { "self.mode != \"Owner\"", """{"mode": "Owner"}""", false },
        { "self.mode in ['Owner', 'Merge']", """{"mode": "Merge"}""", true },
        { "'x' in self.labels", """{"labels": {"x": "1"}}""", true },
        { "size(self.items) <= 2", """{"items": [1, 2, 3]}""", false },
        { "self.items.size() == 3", """{"items": [1, 2, 3]}""", true },
        { "size(self.name) < 4", """{"name": "abcd"}""", false },
        { "self.count >= 1 && self.count < 10", """{"count": 5}""", true },
        { "self.count + 1 == 6", """{"count": 5}""", true },
        { "self.count > -1", """{"count": 0}""", true },
        { "self.url.startsWith('https://')", """{"url": "http://x"}""", false },
        { "self.url.endsWith('/site')", """{"url": "https://x/site"}""", true },
        { "self.url.contains('://')", """{"url": "https://x"}""", true },
        { "self.name.matches('^[a-z]+$')", """{"name": "abc"}""", true },
        { "self.items[0] == 'a'", """{"items": ["a"]}""", true },
        { "self['key'] == true", """{"key": true}""", true },
        { "(self.a == 1) == true", """{"a": 1}""", true },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Apply_Rule_ChecksCelSubset(string rule, string specJson, bool satisfied)
    {
        var schema = SpecWithRule(new JsonObject { ["rule"] = rule }.ToJsonString());

        var errors = Apply(schema, specJson);

        Assert.Equal(satisfied, errors.Count == 0);
    }

    [Fact]
    public void Apply_FailedRuleWithMessage_ReportsInvalidObject()
    {
        var schema = SpecWithRule("""{"rule": "has(self.beyondtrustworkloadcredentials)", "message": "spec.provider must hold a beyondtrustworkloadcredentials block"}""");

        var error = Assert.Single(Apply(schema, """{"vault": {}}"""));

        Assert.Equal("spec", error.Field);
        Assert.Equal(FieldErrorTypes.Invalid, error.Type);
        Assert.Equal("Invalid value: \"object\": spec.provider must hold a beyondtrustworkloadcredentials block", error.Message);
    }

    [Fact]
    public void Apply_FailedRuleWithoutMessage_QuotesRule()
    {
        var schema = SpecWithRule("""{"rule": "has(self.a)"}""");

        var error = Assert.Single(Apply(schema, "{}"));

        Assert.Equal("Invalid value: \"object\": failed rule: has(self.a)", error.Message);
    }

    [Theory]
    [InlineData("FieldValueForbidden", "Forbidden: no a")]
    [InlineData("FieldValueRequired", "Required value: no a")]
    [InlineData("FieldValueDuplicate", "Duplicate value: \"object\"")]
    [InlineData("FieldValueInvalid", "Invalid value: \"object\": no a")]
    public void Apply_RuleReason_SetsCauseType(string reason, string message)
    {
        var schema = SpecWithRule($$"""{"rule": "has(self.a)", "message": "no a", "reason": "{{reason}}", "fieldPath": ".a"}""");

        var error = Assert.Single(Apply(schema, "{}"));

        Assert.Equal(reason, error.Type);
        Assert.Equal("spec.a", error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Apply_MissingKey_ReportsEvaluationError()
    {
        var schema = SpecWithRule("""{"rule": "self.mode == 'Owner'"}""");

        var error = Assert.Single(Apply(schema, "{}"));

        Assert.Equal("Invalid value: \"object\": no such key: mode evaluating rule: self.mode == 'Owner'", error.Message);
    }

    [Theory]
    [InlineData("self.items.all(item, item != '')")]
    [InlineData("self.a == oldSelf.a")]
    [InlineData("self.a ? true : false")]
    public void Apply_UnsupportedRule_PassesUnchecked(string rule)
    {
        var schema = SpecWithRule(new JsonObject { ["rule"] = rule }.ToJsonString());

        var errors = Apply(schema, """{"items": [""], "a": 1}""");

        Assert.Empty(errors);
    }

    [Fact]
    public void Apply_RuleOnRoot_ReportsNilField()
    {
        var schema = StructuralSchema.Parse(JsonNode.Parse("""
            {"type": "object", "properties": {"spec": {"type": "object"}}, "x-kubernetes-validations": [{"rule": "has(self.spec)", "message": "spec is required"}]}
            """)!);

        var error = Assert.Single(schema.Apply(new JsonObject { ["kind"] = "Widget" }, SchemaApplyMode.Strict));

        Assert.Equal("<nil>", error.Field);
        Assert.Equal("<nil>: Invalid value: \"object\": spec is required", error.ToString());
    }

    [Fact]
    public void Apply_RuleOnArrayItems_ChecksEachItem()
    {
        var schema = SpecWithRule(
            """{"rule": "true"}""",
            """{"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {"secretKey": {"type": "string"}}, "x-kubernetes-validations": [{"rule": "self.secretKey != ''", "message": "secretKey must not be empty"}]}}}}""");

        var errors = Apply(schema, """{"data": [{"secretKey": "a"}, {"secretKey": ""}]}""");

        var error = Assert.Single(errors);
        Assert.Equal("spec.data[1]", error.Field);
    }

    [Fact]
    public void Parse_RuleWithoutExpression_Throws()
    {
        var exception = Assert.Throws<SchemaParseException>(() => SpecWithRule("""{"message": "no rule"}"""));

        Assert.Equal("openAPIV3Schema.properties.spec.x-kubernetes-validations[0].rule", exception.SchemaPath);
    }
}
