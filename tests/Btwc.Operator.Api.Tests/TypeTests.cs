using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using k8s;
using k8s.Models;
using YamlDotNet.Serialization.NamingConventions;

namespace Btwc.Operator.Api.Tests;

public sealed class TypeTests
{
    private static readonly IEnumerable<Type> ApiTypes =
        typeof(CrdGenerator).Assembly.GetExportedTypes().Where(type => type.Namespace?.StartsWith("Btwc.Operator.Api.", StringComparison.Ordinal) == true);

    [Fact]
    public void JsonNames_EqualYamlNames()
    {
        // KubernetesYaml ignores [JsonPropertyName] outside KubernetesClient's own models and camel-cases the C# name.
        var mismatches = ApiTypes
            .SelectMany(type => type.GetProperties())
            .Select(property => (property, json: property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(pair => pair.json is not null && CamelCaseNamingConvention.Instance.Apply(pair.property.Name) != pair.json)
            .Select(pair => $"{pair.property.DeclaringType!.Name}.{pair.property.Name} -> {pair.json}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void ResourceTypes_HaveKubernetesEntityOfTheirGroup()
    {
        var expected = new Dictionary<Type, (string Group, string Version, string Kind, string Plural)>
        {
            [typeof(ExternalSecret)] = ("external-secrets.io", "v1", "ExternalSecret", "externalsecrets"),
            [typeof(SecretStore)] = ("external-secrets.io", "v1", "SecretStore", "secretstores"),
            [typeof(ClusterSecretStore)] = ("external-secrets.io", "v1", "ClusterSecretStore", "clustersecretstores"),
            [typeof(BeyondtrustWorkloadCredentialsDynamicSecret)] = ("generators.external-secrets.io", "v1alpha1", "BeyondtrustWorkloadCredentialsDynamicSecret", "beyondtrustworkloadcredentialsdynamicsecrets"),
            [typeof(ClusterGenerator)] = ("generators.external-secrets.io", "v1alpha1", "ClusterGenerator", "clustergenerators"),
        };

        foreach (var (type, (group, version, kind, plural)) in expected)
        {
            var entity = type.GetCustomAttribute<KubernetesEntityAttribute>();
            Assert.NotNull(entity);
            Assert.Equal(group, entity.Group);
            Assert.Equal(version, entity.ApiVersion);
            Assert.Equal(kind, entity.Kind);
            Assert.Equal(plural, entity.PluralName);
            var instance = (IKubernetesObject<V1ObjectMeta>)Activator.CreateInstance(type)!;
            Assert.Equal($"{group}/{version}", instance.ApiVersion);
            Assert.Equal(kind, instance.Kind);
        }
    }

    [Fact]
    public void UnknownEnumString_ReadsAsIs()
    {
        const string json = """{"spec":{"refreshPolicy":"Hourly","target":{"creationPolicy":"Adopt","deletionPolicy":"Keep"}}}""";

        var externalSecret = KubernetesJson.Deserialize<ExternalSecret>(json);

        Assert.Equal("Hourly", externalSecret.Spec.RefreshPolicy);
        Assert.Equal("Adopt", externalSecret.Spec.Target?.CreationPolicy);
        Assert.Equal("Keep", externalSecret.Spec.Target?.DeletionPolicy);
    }

    [Fact]
    public void UnsetFields_AreNotWritten()
    {
        var externalSecret = new ExternalSecret
        {
            Metadata = new V1ObjectMeta { Name = "minimal" },
            Spec = new ExternalSecretSpec { Target = new ExternalSecretTarget { Name = "out" } },
        };

        var json = KubernetesJson.Serialize(externalSecret);

        Assert.Equal(
            """{"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"minimal"},"spec":{"target":{"name":"out"}}}""",
            json);
    }

    [Fact]
    public void StatusTimes_WriteAsUtcRfc3339()
    {
        var status = new ExternalSecretStatus
        {
            RefreshTime = new DateTime(2026, 12, 4, 19, 0, 0, DateTimeKind.Utc),
            Lease = new CredentialLease { Id = "lease-1", Expiration = new DateTime(2026, 12, 4, 20, 0, 0, DateTimeKind.Utc) },
        };

        using var json = JsonDocument.Parse(KubernetesJson.Serialize(status));

        Assert.Equal("2026-12-04T19:00:00Z", json.RootElement.GetProperty("refreshTime").GetString());
        Assert.Equal("2026-12-04T20:00:00Z", json.RootElement.GetProperty("lease").GetProperty("expiration").GetString());
        Assert.False(json.RootElement.TryGetProperty("nextRefreshTime", out _));
    }

    [Fact]
    public void IntOrStringRefreshInterval_ReadsBothForms()
    {
        var seconds = KubernetesYaml.Deserialize<ClusterSecretStore>(Manifests.Documents("clustersecretstore.yaml")[0], strict: true);
        var duration = KubernetesYaml.Deserialize<SecretStore>(Manifests.Documents("secretstore.yaml")[0], strict: true);

        Assert.Equal("300", seconds.Spec.RefreshInterval?.Value);
        Assert.Equal("5m", duration.Spec.RefreshInterval?.Value);
    }

    [Fact]
    public void CaBundle_DecodesToPem()
    {
        var store = KubernetesYaml.Deserialize<SecretStore>(Manifests.Documents("secretstore.yaml")[0], strict: true);

        var pem = store.Spec.Provider?.Beyondtrustworkloadcredentials?.DecodeCaBundle();

        Assert.NotNull(pem);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem, StringComparison.Ordinal);
    }

    [Fact]
    public void CaBundle_InvalidBase64_ThrowsNamingTheField()
    {
        var provider = new BeyondtrustWorkloadCredentialsProvider { CaBundle = "-----BEGIN CERTIFICATE-----" };

        var exception = Assert.Throws<FormatException>(provider.DecodeCaBundle);

        Assert.Contains("caBundle", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterGenerator_UnsupportedKindSpec_IsKept()
    {
        var generator = KubernetesYaml.Deserialize<ClusterGenerator>(Manifests.Documents("clustergenerator-password.yaml")[0], strict: true);

        Assert.Equal(GeneratorKind.Password, generator.Spec.Kind);
        Assert.Null(generator.Spec.Generator?.BeyondtrustWorkloadCredentialsDynamicSecretSpec);
        Assert.NotNull(generator.Spec.Generator?.PasswordSpec);
        Assert.Equal(7, generator.Spec.Generator.PasswordSpec.Count);
    }

    [Theory]
    [InlineData(GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret, "beyondtrustWorkloadCredentialsDynamicSecretSpec")]
    [InlineData(GeneratorKind.SshKey, "sshKeySpec")]
    [InlineData(GeneratorKind.Uuid, "uuidSpec")]
    [InlineData(GeneratorKind.AcrAccessToken, "acrAccessTokenSpec")]
    [InlineData(GeneratorKind.Mfa, "mfaSpec")]
    public void GeneratorSpecFieldName_MatchesJsonName(string kind, string fieldName)
    {
        var name = GeneratorSpec.FieldNameFor(kind);

        Assert.Equal(fieldName, name);
        Assert.Contains(typeof(GeneratorSpec).GetProperties(), property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == name);
    }

    [Fact]
    public void GeneratorSpecFieldName_CoversEveryKind()
    {
        var kinds = typeof(GeneratorKind).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToList();

        var missing = kinds.Where(kind => kind != GeneratorKind.ClusterGenerator && GeneratorSpec.FieldNameFor(kind) is null).ToList();

        Assert.Empty(missing);
        Assert.Null(GeneratorSpec.FieldNameFor(GeneratorKind.ClusterGenerator));
        Assert.Equal(18, kinds.Count);
    }
}
