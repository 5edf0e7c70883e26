using Btwc.Operator.Api.Generators;
using Btwc.Operator.Generators;
using Btwc.Operator.Generators.Internal;
using k8s;

namespace Btwc.Operator.Tests.Generators;

public sealed class ProviderSettingsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9443/site", "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "spec.provider.server.apiUrl \"http://127.0.0.1:9443/site\" uses the scheme \"http\"")]
    [InlineData("", "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "spec.provider.server.apiUrl is empty.")]
    [InlineData("https://127.0.0.1:9443/site", "not-a-uuid", "spec.provider.server.siteId \"not-a-uuid\"")]
    public void From_InvalidServer_NamesTheManifestField(string apiUrl, string siteId, string expected)
    {
        var generator = Generator(apiUrl, siteId);

        var error = Assert.Throws<GeneratorException>(() => ProviderSettings.From(generator, "team-a"));

        Assert.Contains("BeyondtrustWorkloadCredentialsDynamicSecret/gen " + expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ApiUrl", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteId", error.Message, StringComparison.Ordinal);
    }

    private static ResolvedGenerator Generator(string apiUrl, string siteId)
    {
        var spec = KubernetesJson.Deserialize<BeyondtrustWorkloadCredentialsDynamicSecretSpec>($$"""
            {
              "provider": {
                "auth": { "apikey": { "token": { "name": "api-token", "key": "token" } } },
                "server": { "apiUrl": "{{apiUrl}}", "siteId": "{{siteId}}" },
                "folderPath": "production/aws-temp"
              }
            }
            """);

        return new ResolvedGenerator("BeyondtrustWorkloadCredentialsDynamicSecret", "gen", "team-a", spec, "fingerprint");
    }
}
