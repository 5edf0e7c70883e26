using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.Tests;

public sealed class CrdSchemaTests
{
    private const string Es = ExternalSecret.KubeKind;
    private const string Ss = SecretStore.KubeKind;
    private const string Css = ClusterSecretStore.KubeKind;
    private const string Bwc = BeyondtrustWorkloadCredentialsDynamicSecret.KubeKind;
    private const string Cg = ClusterGenerator.KubeKind;

    [Theory]
    [InlineData(Es, "spec.refreshInterval", "1h0m0s")]
    [InlineData(Es, "spec.target.creationPolicy", "Owner")]
    [InlineData(Es, "spec.target.deletionPolicy", "Retain")]
    [InlineData(Es, "spec.dataFrom[].sourceRef.generatorRef.apiVersion", "generators.external-secrets.io/v1alpha1")]
    [InlineData(Es, "spec.data[].sourceRef.generatorRef.apiVersion", "generators.external-secrets.io/v1alpha1")]
    [InlineData(Es, "spec.target.template.engineVersion", "v2")]
    [InlineData(Es, "spec.target.template.mergePolicy", "Replace")]
    [InlineData(Es, "spec.target.template.templateFrom[].target", "Data")]
    [InlineData(Es, "spec.target.template.templateFrom[].configMap.items[].templateAs", "Values")]
    [InlineData(Es, "spec.target.template.templateFrom[].secret.items[].templateAs", "Values")]
    [InlineData(Es, "spec.dataFrom[].rewrite[].merge.into", "")]
    [InlineData(Es, "spec.dataFrom[].rewrite[].merge.priorityPolicy", "Strict")]
    [InlineData(Es, "spec.dataFrom[].rewrite[].merge.conflictPolicy", "Error")]
    [InlineData(Es, "spec.dataFrom[].rewrite[].merge.strategy", "Extract")]
    [InlineData(Es, "status.binding.name", "")]
    public void Default_IsInSchema(string kind, string path, string expected)
    {
        var schema = CrdSchemas.At(kind, path);

        Assert.Equal(expected, schema.DefaultProperty);
    }

    [Fact]
    public void TargetDefault_IsOwnerAndRetain()
    {
        var target = CrdSchemas.At(Es, "spec.target");

        var defaults = Assert.IsAssignableFrom<IDictionary<string, object?>>(target.DefaultProperty);

        Assert.Equal(2, defaults.Count);
        Assert.Equal("Owner", defaults["creationPolicy"]);
        Assert.Equal("Retain", defaults["deletionPolicy"]);
    }

    [Fact]
    public void RemoteRefStrategies_HaveNoDefault()
    {
        // External Secrets leaves these without a schema default, and its controller reads an empty value as Default or None.
        var paths = new[] { "spec.data[].remoteRef.conversionStrategy", "spec.data[].remoteRef.decodingStrategy", "spec.data[].remoteRef.metadataPolicy", "spec.data[].remoteRef.nullBytePolicy" };

        foreach (var path in paths)
        {
            Assert.Null(CrdSchemas.At(Es, path).DefaultProperty);
        }
    }

    [Theory]
    [InlineData(Es, "spec.target.creationPolicy", "Owner,Orphan,Merge,None,CreateOrMerge")]
    [InlineData(Es, "spec.target.deletionPolicy", "Delete,Merge,Retain")]
    [InlineData(Es, "spec.refreshPolicy", "CreatedOnce,Periodic,OnChange")]
    [InlineData(Es, "spec.secretStoreRef.kind", "SecretStore,ClusterSecretStore")]
    [InlineData(Es, "spec.syncWindows.kind", "allow,deny")]
    [InlineData(Es, "spec.target.template.engineVersion", "v2")]
    [InlineData(Es, "spec.target.template.mergePolicy", "Replace,Merge")]
    [InlineData(Es, "spec.target.template.templateFrom[].valuesDecodingStrategy", "Auto,Base64,Base64URL,None")]
    [InlineData(Es, "spec.dataFrom[].extract.conversionStrategy", "Default,Unicode")]
    [InlineData(Es, "spec.dataFrom[].find.nullBytePolicy", "Ignore,Fail")]
    [InlineData(Es, "spec.data[].remoteRef.metadataPolicy", "None,Fetch")]
    [InlineData(Es, "spec.dataFrom[].rewrite[].merge.strategy", "Extract,JSON")]
    [InlineData(Es, "status.conditions[].type", "Ready,Deleted")]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials.caProvider.type", "Secret,ConfigMap")]
    [InlineData(Bwc, "spec.provider.caProvider.type", "Secret,ConfigMap")]
    public void Enum_ListsExternalSecretsValues(string kind, string path, string expected)
    {
        var schema = CrdSchemas.At(kind, path);

        Assert.Equal(expected.Split(','), schema.EnumProperty?.Cast<string>());
    }

    [Fact]
    public void GeneratorRefKind_ListsEveryGeneratorKind()
    {
        string[] expected =
        [
            "ACRAccessToken", "BeyondtrustWorkloadCredentialsDynamicSecret", "ClusterGenerator", "CloudsmithAccessToken",
            "ECRAuthorizationToken", "Fake", "GCRAccessToken", "GithubAccessToken", "GitlabDeployToken", "QuayAccessToken",
            "Password", "SSHKey", "STSSessionToken", "UUID", "VaultDynamicSecret", "Webhook", "Grafana", "MFA",
        ];

        var generatorRefKinds = CrdSchemas.At(Es, "spec.dataFrom[].sourceRef.generatorRef.kind").EnumProperty?.Cast<string>();
        var clusterGeneratorKinds = CrdSchemas.At(Cg, "spec.kind").EnumProperty?.Cast<string>();

        Assert.Equal(expected, generatorRefKinds);
        Assert.Equal(expected.Where(kind => kind != "ClusterGenerator"), clusterGeneratorKinds);
    }

    [Theory]
    [InlineData(Es, "spec.target.name", SchemaPatterns.Dns1123Subdomain, 1, 253)]
    [InlineData(Es, "spec.secretStoreRef.name", SchemaPatterns.Dns1123Subdomain, 1, 253)]
    [InlineData(Es, "spec.dataFrom[].sourceRef.generatorRef.name", SchemaPatterns.Dns1123Subdomain, 1, 253)]
    [InlineData(Es, "spec.data[].secretKey", SchemaPatterns.SecretKey, 1, 253)]
    [InlineData(Es, "spec.target.template.templateFrom[].configMap.items[].key", SchemaPatterns.SecretKey, 1, 253)]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials.auth.apikey.token.name", SchemaPatterns.Dns1123Subdomain, 1, 253)]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials.auth.apikey.token.key", SchemaPatterns.SecretKey, 1, 253)]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials.auth.apikey.token.namespace", SchemaPatterns.Dns1123Label, 1, 63)]
    [InlineData(Css, "spec.conditions[].namespaces[]", SchemaPatterns.Dns1123Label, 1, 63)]
    [InlineData(Bwc, "spec.provider.caProvider.name", SchemaPatterns.Dns1123Subdomain, 1, 253)]
    [InlineData(Bwc, "spec.provider.caProvider.key", SchemaPatterns.SecretKey, 1, 253)]
    public void Pattern_AndLengths_AreInSchema(string kind, string path, string pattern, int minLength, int maxLength)
    {
        var schema = CrdSchemas.At(kind, path);

        Assert.Equal(pattern, schema.Pattern);
        Assert.Equal(minLength, schema.MinLength);
        Assert.Equal(maxLength, schema.MaxLength);
    }

    [Fact]
    public void SyncWindows_HaveCronPattern()
    {
        var schedule = CrdSchemas.At(Es, "spec.syncWindows.windows[].schedule");
        var windows = CrdSchemas.At(Es, "spec.syncWindows.windows");

        Assert.Equal(SchemaPatterns.CronSchedule, schedule.Pattern);
        Assert.Equal(1, schedule.MinLength);
        Assert.Equal(1, windows.MinItems);
        Assert.Equal(["kind", "windows"], CrdSchemas.At(Es, "spec.syncWindows").Required);
    }

    [Theory]
    [InlineData(Es, "spec.dataFrom[].sourceRef")]
    [InlineData(Es, "spec.data[].sourceRef")]
    [InlineData(Es, "spec.dataFrom[].rewrite[]")]
    [InlineData(Ss, "spec.provider")]
    [InlineData(Css, "spec.provider")]
    [InlineData(Cg, "spec.generator")]
    public void ExactlyOneOf_HasMinAndMaxPropertiesOne(string kind, string path)
    {
        var schema = CrdSchemas.At(kind, path);

        Assert.Equal(1, schema.MinProperties);
        Assert.Equal(1, schema.MaxProperties);
    }

    [Theory]
    [InlineData(Es, "spec.data[]", "remoteRef,secretKey")]
    [InlineData(Es, "spec.dataFrom[].sourceRef.generatorRef", "kind,name")]
    [InlineData(Es, "spec.target.manifest", "apiVersion,kind")]
    [InlineData(Es, "spec.target.template.templateFrom[].configMap", "items,name")]
    [InlineData(Es, "spec.dataFrom[].rewrite[].regexp", "source,target")]
    [InlineData(Es, "status.conditions[]", "status,type")]
    [InlineData(Ss, "spec", "provider")]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials", "auth,server")]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials.server", "apiUrl,siteId")]
    [InlineData(Bwc, "spec", "provider")]
    [InlineData(Bwc, "spec.provider.auth", "apikey")]
    [InlineData(Bwc, "spec.provider.caProvider", "name,type")]
    [InlineData(Cg, "spec", "generator,kind")]
    public void Required_ListsFields(string kind, string path, string expected)
    {
        var schema = CrdSchemas.At(kind, path);

        Assert.Equal(expected.Split(','), schema.Required);
    }

    [Theory]
    [InlineData(Es, "spec.dataFrom[].sourceRef.generatorRef.kind")]
    [InlineData(Es, "spec.target.template.templateFrom[].configMap.items[].templateAs")]
    [InlineData(Es, "spec.target.template.templateFrom[].literal")]
    [InlineData(Es, "spec.target.template.metadata.finalizers")]
    [InlineData(Es, "spec.dataFrom[].find.name.regexp")]
    [InlineData(Es, "spec.dataFrom[].rewrite[].transform.template")]
    [InlineData(Es, "spec.data[].remoteRef.property")]
    [InlineData(Es, "status.syncedResourceVersion")]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials.auth.apikey.token.key")]
    [InlineData(Ss, "spec.retrySettings.retryInterval")]
    [InlineData(Css, "spec.conditions[].namespaceSelector.matchExpressions[].operator")]
    [InlineData(Css, "spec.conditions[].namespaceRegexes")]
    [InlineData(Bwc, "spec.provider.server.siteId")]
    [InlineData(Cg, "spec.generator.beyondtrustWorkloadCredentialsDynamicSecretSpec.provider.folderPath")]
    public void EsoFieldName_ExistsInSchema(string kind, string path)
    {
        var schema = CrdSchemas.At(kind, path);

        Assert.NotNull(schema.Type);
    }

    [Theory]
    [InlineData(Es, "status.refreshTime", "date-time")]
    [InlineData(Es, "status.lease.expiration", "date-time")]
    [InlineData(Es, "status.lease.issuedAt", "date-time")]
    [InlineData(Es, "status.nextRefreshTime", "date-time")]
    [InlineData(Es, "status.conditions[].lastTransitionTime", "date-time")]
    [InlineData(Bwc, "spec.provider.caBundle", "byte")]
    [InlineData(Ss, "spec.provider.beyondtrustworkloadcredentials.caBundle", "byte")]
    [InlineData(Ss, "spec.retrySettings.maxRetries", "int32")]
    public void Format_IsInSchema(string kind, string path, string format)
    {
        var schema = CrdSchemas.At(kind, path);

        Assert.Equal(format, schema.Format);
    }

    [Fact]
    public void LeaseId_IsString()
    {
        var lease = CrdSchemas.At(Es, "status.lease");

        Assert.Equal("object", lease.Type);
        Assert.Equal(["expiration", "id", "issuedAt"], lease.Properties.Keys);
        Assert.Equal("string", lease.Properties["id"].Type);
    }

    [Fact]
    public void RefreshTime_IsNullable()
    {
        Assert.True(CrdSchemas.At(Es, "status.refreshTime").Nullable);
    }

    [Fact]
    public void StoreRefreshInterval_IsIntOrString()
    {
        var schema = CrdSchemas.At(Ss, "spec.refreshInterval");

        Assert.True(schema.XKubernetesIntOrString);
        Assert.Equal(["integer", "string"], schema.AnyOf.Select(option => option.Type));
    }

    [Fact]
    public void OtherGeneratorSpecs_PreserveUnknownFields()
    {
        var generator = CrdSchemas.At(Cg, "spec.generator");

        var others = generator.Properties.Where(pair => pair.Key != "beyondtrustWorkloadCredentialsDynamicSecretSpec").ToList();

        Assert.Equal(16, others.Count);
        Assert.All(others, pair => Assert.True(pair.Value.XKubernetesPreserveUnknownFields, pair.Key));
        Assert.Null(generator.Properties["beyondtrustWorkloadCredentialsDynamicSecretSpec"].XKubernetesPreserveUnknownFields);
    }

    [Fact]
    public void StoreProvider_RejectsOtherProvidersWithCelMessage()
    {
        var provider = CrdSchemas.At(Ss, "spec.provider");

        var rule = Assert.Single(provider.XKubernetesValidations);

        Assert.Equal(["beyondtrustworkloadcredentials"], provider.Properties.Keys);
        Assert.Equal("has(self.beyondtrustworkloadcredentials)", rule.Rule);
        Assert.Contains("beyondtrustworkloadcredentials", rule.Message, StringComparison.Ordinal);
        Assert.Null(provider.XKubernetesPreserveUnknownFields);
    }

    [Theory]
    [InlineData(Es)]
    [InlineData(Ss)]
    [InlineData(Css)]
    [InlineData(Bwc)]
    [InlineData(Cg)]
    public void EveryField_HasDescription(string kind)
    {
        var undocumented = CrdSchemas.Walk(kind)
            .Where(node => node.Path != "metadata" && string.IsNullOrWhiteSpace(node.Schema.Description))
            .Where(node => !node.Path.EndsWith("[]", StringComparison.Ordinal) || node.Schema.Type == "object")
            .Select(node => node.Path)
            .ToList();

        Assert.Empty(undocumented);
    }
}
