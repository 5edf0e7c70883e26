using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using k8s;

namespace Btwc.Operator.Api.Tests;

/// <summary>The examples of the product document, read into the C# types field by field.</summary>
public sealed class DocumentExampleTests
{
    [Fact]
    public void ExternalSecret45m_ReadsRefreshTargetAndGenerator()
    {
        var externalSecret = ReadSingle<ExternalSecret>("doc-externalsecret-45m.yaml");

        Assert.Equal("aws-credentials", externalSecret.Metadata.Name);
        Assert.Equal("45m", externalSecret.Spec.RefreshInterval);
        Assert.Equal("aws-temp-creds", externalSecret.Spec.Target?.Name);
        var generatorRef = Assert.Single(externalSecret.Spec.DataFrom!).SourceRef?.GeneratorRef;
        Assert.NotNull(generatorRef);
        Assert.Equal(GeneratorsGroup.ApiVersion, generatorRef.ApiVersion);
        Assert.Equal(GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret, generatorRef.Kind);
        Assert.Equal("beyondtrustworkloadcredentials-ds", generatorRef.Name);
    }

    [Fact]
    public void Reusability_GeneratorRefWithoutApiVersion_LeavesItUnset()
    {
        var documents = Manifests.Documents("doc-reusability.yaml");

        var externalSecrets = documents.Select(document => KubernetesYaml.Deserialize<ExternalSecret>(document, strict: true)).ToList();

        Assert.Equal(["app-1-aws-creds", "app-2-aws-creds"], externalSecrets.Select(es => es.Metadata.Name));
        Assert.Equal(["app-1-aws-credentials", "app-2-aws-credentials"], externalSecrets.Select(es => es.Spec.Target?.Name));
        foreach (var externalSecret in externalSecrets)
        {
            var generatorRef = Assert.Single(externalSecret.Spec.DataFrom!).SourceRef?.GeneratorRef;
            Assert.NotNull(generatorRef);
            Assert.Null(generatorRef.ApiVersion);
            Assert.Equal(GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret, generatorRef.Kind);
            Assert.Equal("beyondtrustworkloadcredentials-ds", generatorRef.Name);
            Assert.Equal("45m", externalSecret.Spec.RefreshInterval);
        }
    }

    [Fact]
    public void CompleteExternalSecret_ReadsCreationPolicyAndNamespace()
    {
        var externalSecret = ReadSingle<ExternalSecret>("doc-complete-externalsecret.yaml");

        Assert.Equal("external-secrets", externalSecret.Metadata.NamespaceProperty);
        Assert.Equal(CreationPolicy.Owner, externalSecret.Spec.Target?.CreationPolicy);
        Assert.Null(externalSecret.Spec.Target?.DeletionPolicy);
        Assert.Equal("aws-temp-credentials", externalSecret.Spec.Target?.Name);
        Assert.Equal("aws-dynamic-generator", externalSecret.Spec.DataFrom![0].SourceRef?.GeneratorRef?.Name);
        Assert.Null(externalSecret.Status);
    }

    [Fact]
    public void CompleteGenerator_ReadsTokenServerAndFolder()
    {
        var generator = ReadSingle<BeyondtrustWorkloadCredentialsDynamicSecret>("doc-complete-generator.yaml");

        var provider = generator.Spec.Provider;
        Assert.NotNull(provider);
        Assert.Equal("api-token", provider.Auth?.Apikey?.Token?.Name);
        Assert.Equal("token", provider.Auth?.Apikey?.Token?.Key);
        Assert.Null(provider.Auth?.Apikey?.Token?.Namespace);
        Assert.Equal("https://api.beyondtrust.io/site", provider.Server?.ApiUrl);
        Assert.Equal("a1b2c3d4-e5f6-7890-abcd-ef1234567890", provider.Server?.SiteId);
        Assert.Equal("production/aws-temp", provider.FolderPath);
        Assert.Null(provider.CaBundle);
        Assert.Null(provider.CaProvider);
    }

    [Fact]
    public void GeneratorWithAuthOnly_ReadsWithoutServer()
    {
        var generator = ReadSingle<BeyondtrustWorkloadCredentialsDynamicSecret>("doc-generator-auth.yaml");

        Assert.Equal("beyondtrustworkloadcredentials-ds", generator.Metadata.Name);
        Assert.Equal("api-token", generator.Spec.Provider?.Auth?.Apikey?.Token?.Name);
        Assert.Null(generator.Spec.Provider?.Server);
    }

    [Fact]
    public void SpecFragments_CaProviderAndServer_ReadIntoProvider()
    {
        const string fragment = """
            provider:
              server:
                apiUrl: "https://api.beyondtrust.io/site"
                siteId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
              folderPath: "my/dynamic"
              caProvider:
                type: Secret
                name: my-ca-bundle
                key: ca.crt
            """;

        var spec = KubernetesYaml.Deserialize<BeyondtrustWorkloadCredentialsDynamicSecretSpec>(fragment, strict: true);

        Assert.Equal(CAProviderType.Secret, spec.Provider?.CaProvider?.Type);
        Assert.Equal("my-ca-bundle", spec.Provider?.CaProvider?.Name);
        Assert.Equal("ca.crt", spec.Provider?.CaProvider?.Key);
        Assert.Equal("my/dynamic", spec.Provider?.FolderPath);
        Assert.Equal("https://api.beyondtrust.io/site", spec.Provider?.Server?.ApiUrl);
    }

    private static T ReadSingle<T>(string fileName)
    {
        var document = Assert.Single(Manifests.Documents(fileName));

        return KubernetesYaml.Deserialize<T>(document, strict: true);
    }
}
