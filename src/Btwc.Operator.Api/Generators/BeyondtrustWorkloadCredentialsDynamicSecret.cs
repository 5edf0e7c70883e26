using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Api.Generators;

/// <summary>A generator that requests a fresh dynamic credential from BeyondTrust Workload Credentials each time it runs.</summary>
/// <remarks>External Secrets declares a status subresource for this kind but no status fields, and so does this type.</remarks>
[KubernetesEntity(Group = GeneratorsGroup.Name, ApiVersion = GeneratorsGroup.Version, Kind = KubeKind, PluralName = KubePluralName)]
[CustomResource("beyondtrustworkloadcredentialsdynamicsecret", Categories = ["external-secrets", "external-secrets-generators"])]
public sealed class BeyondtrustWorkloadCredentialsDynamicSecret : IKubernetesObject<V1ObjectMeta>, ISpec<BeyondtrustWorkloadCredentialsDynamicSecretSpec>
{
    /// <summary>The kind name.</summary>
    public const string KubeKind = GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret;

    /// <summary>The plural resource name used in API paths.</summary>
    public const string KubePluralName = "beyondtrustworkloadcredentialsdynamicsecrets";

    /// <summary>The versioned schema of this object: <c>generators.external-secrets.io/v1alpha1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GeneratorsGroup.ApiVersion;

    /// <summary>The kind of this object: <c>BeyondtrustWorkloadCredentialsDynamicSecret</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    /// <summary>Standard object metadata.</summary>
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The provider settings and the dynamic secret to generate from.</summary>
    [JsonPropertyName("spec")]
    public BeyondtrustWorkloadCredentialsDynamicSecretSpec Spec { get; set; } = new();
}
