using System.Text.Json.Nodes;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Tests.Schema;

public sealed class ListTypeTests
{
    private static readonly StructuralSchema Schema = StructuralSchema.Parse(JsonNode.Parse("""
        {"type": "object", "properties": {"spec": {"type": "object", "properties": {
          "finalizers": {"type": "array", "items": {"type": "string"}, "x-kubernetes-list-type": "set"},
          "plain": {"type": "array", "items": {"type": "string"}, "x-kubernetes-list-type": "atomic"},
          "conditions": {"type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["type"],
            "items": {"type": "object", "properties": {"type": {"type": "string"}, "status": {"type": "string"}}}}}}}}
        """)!);

    private static IReadOnlyList<FieldError> Apply(string specJson) =>
        Schema.Apply(new JsonObject { ["spec"] = JsonNode.Parse(specJson) }, SchemaApplyMode.Strict);

    [Fact]
    public void Apply_SetWithRepeat_ReportsDuplicate()
    {
        var errors = Apply("""{"finalizers": ["a", "b", "a"]}""");

        var error = Assert.Single(errors);
        Assert.Equal("spec.finalizers[2]", error.Field);
        Assert.Equal(FieldErrorTypes.Duplicate, error.Type);
        Assert.Equal("Duplicate value: \"a\"", error.Message);
    }

    [Fact]
    public void Apply_MapWithRepeatedKey_ReportsDuplicate()
    {
        var errors = Apply("""{"conditions": [{"type": "Ready", "status": "True"}, {"type": "Synced"}, {"type": "Ready", "status": "False"}]}""");

        var error = Assert.Single(errors);
        Assert.Equal("spec.conditions[2]", error.Field);
        Assert.Equal("Duplicate value: map[string]interface {}{\"type\":\"Ready\"}", error.Message);
    }

    [Fact]
    public void Apply_AtomicWithRepeat_IsValid()
    {
        var errors = Apply("""{"plain": ["a", "a"], "finalizers": ["a", "b"], "conditions": [{"type": "Ready"}, {"type": "Synced"}]}""");

        Assert.Empty(errors);
    }
}
