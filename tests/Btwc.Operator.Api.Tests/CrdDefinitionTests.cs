using System.Text.Json.Nodes;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using k8s;

namespace Btwc.Operator.Api.Tests;

public sealed class CrdDefinitionTests
{
    [Fact]
    public void ExternalSecretColumns_MatchEsoPlusExpires()
    {
        var columns = CrdSchemas.ServedVersion(ExternalSecret.KubeKind).AdditionalPrinterColumns;

        var actual = columns.Select(column => (column.Name, column.JsonPath, column.Type, column.Priority)).ToList();

        (string, string, string, int?)[] expected =
        [
            ("StoreType", ".spec.secretStoreRef.kind", "string", null),
            ("Store", ".spec.secretStoreRef.name", "string", null),
            ("Refresh Interval", ".spec.refreshInterval", "string", null),
            ("Status", ".status.conditions[?(@.type==\"Ready\")].reason", "string", null),
            ("Ready", ".status.conditions[?(@.type==\"Ready\")].status", "string", null),
            ("Last Sync", ".status.refreshTime", "date", null),
            ("Expires", ".status.lease.expiration", "string", 1),
        ];
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(SecretStore.KubeKind)]
    [InlineData(ClusterSecretStore.KubeKind)]
    public void StoreColumns_MatchEso(string kind)
    {
        var columns = CrdSchemas.ServedVersion(kind).AdditionalPrinterColumns;

        var actual = columns.Select(column => (column.Name, column.JsonPath, column.Type)).ToList();

        (string, string, string)[] expected =
        [
            ("AGE", ".metadata.creationTimestamp", "date"),
            ("Status", ".status.conditions[?(@.type==\"Ready\")].reason", "string"),
            ("Capabilities", ".status.capabilities", "string"),
            ("Ready", ".status.conditions[?(@.type==\"Ready\")].status", "string"),
        ];
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(ExternalSecret.KubeKind, "externalsecrets.external-secrets.io", "Namespaced", "es", "external-secrets")]
    [InlineData(SecretStore.KubeKind, "secretstores.external-secrets.io", "Namespaced", "ss", "external-secrets")]
    [InlineData(ClusterSecretStore.KubeKind, "clustersecretstores.external-secrets.io", "Cluster", "css", "external-secrets")]
    [InlineData(BeyondtrustWorkloadCredentialsDynamicSecret.KubeKind, "beyondtrustworkloadcredentialsdynamicsecrets.generators.external-secrets.io", "Namespaced", "", "external-secrets,external-secrets-generators")]
    [InlineData(ClusterGenerator.KubeKind, "clustergenerators.generators.external-secrets.io", "Cluster", "", "external-secrets,external-secrets-generators")]
    public void Names_MatchEso(string kind, string name, string scope, string shortNames, string categories)
    {
        var definition = CrdSchemas.Definition(kind);

        Assert.Equal(name, definition.Metadata.Name);
        Assert.Equal(scope, definition.Spec.Scope);
        Assert.Equal(kind + "List", definition.Spec.Names.ListKind);
        Assert.Equal(kind.ToLowerInvariant(), definition.Spec.Names.Singular);
        Assert.Equal(shortNames.Split(',', StringSplitOptions.RemoveEmptyEntries), definition.Spec.Names.ShortNames ?? []);
        Assert.Equal(categories.Split(','), definition.Spec.Names.Categories);
        Assert.Equal("controller", definition.Metadata.Labels["external-secrets.io/component"]);
        Assert.Equal("btwc-operator", definition.Metadata.Labels["app.kubernetes.io/part-of"]);
    }

    [Theory]
    [InlineData(ExternalSecret.KubeKind, "v1", true)]
    [InlineData(SecretStore.KubeKind, "v1", true)]
    [InlineData(ClusterSecretStore.KubeKind, "v1", true)]
    [InlineData(BeyondtrustWorkloadCredentialsDynamicSecret.KubeKind, "v1alpha1", false)]
    [InlineData(ClusterGenerator.KubeKind, "v1alpha1", false)]
    public void Versions_ServeOneAndKeepV1beta1Unserved(string kind, string served, bool listsV1beta1)
    {
        var versions = CrdSchemas.Definition(kind).Spec.Versions;

        var servedVersion = Assert.Single(versions, version => version.Served);
        Assert.Equal(served, servedVersion.Name);
        Assert.True(servedVersion.Storage);
        Assert.NotNull(servedVersion.Subresources?.Status);
        var v1beta1 = versions.SingleOrDefault(version => version.Name == "v1beta1");
        Assert.Equal(listsV1beta1, v1beta1 is not null);
        if (v1beta1 is not null)
        {
            Assert.False(v1beta1.Served);
            Assert.False(v1beta1.Storage);
            Assert.True(v1beta1.Deprecated);
        }
    }

    [Fact]
    public void ExternalSecret_DeclaresEsoSelectableFields()
    {
        var fields = CrdSchemas.ServedVersion(ExternalSecret.KubeKind).SelectableFields.Select(field => field.JsonPath);

        Assert.Equal([".spec.secretStoreRef.name", ".spec.secretStoreRef.kind", ".spec.target.name", ".spec.refreshInterval"], fields);
    }

    [Fact]
    public void EmbeddedDefinitions_EqualGenerated()
    {
        if (Environment.GetEnvironmentVariable("BTWC_UPDATE_CRDS") == "1")
        {
            Assert.Skip("The embedded CRDs were built before this run regenerated deploy/crds; the next build embeds the new files.");
        }

        var generated = CrdGenerator.GenerateDefinitions();

        var embedded = CustomResourceDefinitions.All;

        Assert.Equal(generated.Count, embedded.Count);
        for (var i = 0; i < generated.Count; i++)
        {
            var expected = JsonNode.Parse(KubernetesJson.Serialize(generated[i]));
            var actual = JsonNode.Parse(KubernetesJson.Serialize(embedded[i]));
            Assert.True(JsonNode.DeepEquals(expected, actual), $"The embedded CRD {embedded[i].Metadata.Name} differs from the generated one. Rebuild after regenerating deploy/crds.");
        }
    }

    [Fact]
    public void EmbeddedDefinitions_ReturnNewObjectsPerCall()
    {
        var first = CustomResourceDefinitions.All;
        first[0].Metadata.Name = "changed";

        var second = CustomResourceDefinitions.All;

        Assert.Equal("externalsecrets.external-secrets.io", second[0].Metadata.Name);
    }

    [Fact]
    public void AllYaml_ConcatenatesEveryCrdInOrder()
    {
        var files = CrdGenerator.GenerateAll();

        var all = files[CrdGenerator.AllFileName];

        var expected = string.Concat(CrdGenerator.GenerateDefinitions().Select(definition => "---\n" + files[CrdGenerator.FileName(definition)]));
        Assert.Equal(expected, all);
        Assert.Equal(6, files.Count);
    }
}
