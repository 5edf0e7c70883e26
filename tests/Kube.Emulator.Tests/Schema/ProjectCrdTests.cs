using System.Text.Json.Nodes;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Tests.Schema;

/// <summary>The repository's own CRDs and examples, applied as the emulator applies them.</summary>
public sealed class ProjectCrdTests
{
    private static readonly Dictionary<string, StructuralSchema> SchemasByKind = LoadSchemas();

    private static Dictionary<string, StructuralSchema> LoadSchemas()
    {
        var schemas = new Dictionary<string, StructuralSchema>(StringComparer.Ordinal);
        foreach (var (_, crd) in ProjectManifests.Load("deploy/crds", "*_*.yaml"))
        {
            var group = crd["spec"]!["group"]!.GetValue<string>();
            var kind = crd["spec"]!["names"]!["kind"]!.GetValue<string>();
            foreach (var version in crd["spec"]!["versions"]!.AsArray())
            {
                var key = $"{group}/{version!["name"]!.GetValue<string>()}/{kind}";
                schemas[key] = StructuralSchema.Parse(version["schema"]!["openAPIV3Schema"]!);
            }
        }

        return schemas;
    }

    private static StructuralSchema SchemaFor(JsonObject resource) =>
        SchemasByKind[$"{resource["apiVersion"]!.GetValue<string>()}/{resource["kind"]!.GetValue<string>()}"];

    [Fact]
    public void Crds_EveryVersion_Parses()
    {
        var keys = SchemasByKind.Keys.ToList();

        Assert.Contains("external-secrets.io/v1/ExternalSecret", keys);
        Assert.Contains("external-secrets.io/v1/SecretStore", keys);
        Assert.Contains("generators.external-secrets.io/v1alpha1/BeyondtrustWorkloadCredentialsDynamicSecret", keys);
    }

    [Fact]
    public void Examples_EveryCustomObject_IsValid()
    {
        var checkedCount = 0;

        foreach (var (file, resource) in ProjectManifests.Load("examples", "*.yaml"))
        {
            var key = $"{resource["apiVersion"]?.GetValue<string>()}/{resource["kind"]?.GetValue<string>()}";
            if (!SchemasByKind.TryGetValue(key, out var schema))
            {
                continue;
            }

            var errors = schema.Apply(resource, SchemaApplyMode.Strict);

            Assert.True(errors.Count == 0, $"{file} {key}: {string.Join("; ", errors)}");
            checkedCount++;
        }

        Assert.True(checkedCount >= 4, $"only {checkedCount} example objects matched a CRD");
    }

    [Fact]
    public void ExternalSecret_EmptySpec_GetsEsoDefaults()
    {
        var resource = JsonNode.Parse("""{"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": "es"}, "spec": {}}""")!.AsObject();

        var errors = SchemaFor(resource).Apply(resource, SchemaApplyMode.Strict);

        Assert.Empty(errors);
        Assert.Equal("1h0m0s", resource["spec"]!["refreshInterval"]!.GetValue<string>());
        Assert.Equal("Owner", resource["spec"]!["target"]!["creationPolicy"]!.GetValue<string>());
    }

    [Fact]
    public void ExternalSecret_BadCreationPolicy_ListsEsoValues()
    {
        var resource = JsonNode.Parse("""{"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": "es"}, "spec": {"target": {"creationPolicy": "Foo"}}}""")!.AsObject();

        var error = Assert.Single(SchemaFor(resource).Apply(resource, SchemaApplyMode.Strict));

        Assert.Equal("spec.target.creationPolicy", error.Field);
        Assert.Equal("""Unsupported value: "Foo": supported values: "Owner", "Orphan", "Merge", "None", "CreateOrMerge" """.TrimEnd(), error.Message);
    }

    [Fact]
    public void SecretStore_WithoutBtwcProvider_FailsRule()
    {
        var resource = JsonNode.Parse("""{"apiVersion": "external-secrets.io/v1", "kind": "SecretStore", "metadata": {"name": "s"}, "spec": {"provider": {}}}""")!.AsObject();

        var errors = SchemaFor(resource).Apply(resource, SchemaApplyMode.Strict);

        Assert.Contains(errors, error => error.Field == "spec.provider" && error.Message.StartsWith("Invalid value: \"object\": spec.provider must hold a beyondtrustworkloadcredentials block", StringComparison.Ordinal));
    }
}
