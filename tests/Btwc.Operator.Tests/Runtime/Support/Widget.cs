using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>A small custom resource kind for informer tests, served by the emulator after <see cref="Definition"/> is created.</summary>
[KubernetesEntity(Group = "test.btwc.io", ApiVersion = "v1", Kind = "Widget", PluralName = "widgets")]
internal sealed class Widget : IKubernetesObject<V1ObjectMeta>
{
    public const string Group = "test.btwc.io";
    public const string Version = "v1";
    public const string Plural = "widgets";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = $"{Group}/{Version}";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "Widget";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public WidgetSpec Spec { get; set; } = new();

    public static V1CustomResourceDefinition Definition() => new()
    {
        ApiVersion = "apiextensions.k8s.io/v1",
        Kind = "CustomResourceDefinition",
        Metadata = new V1ObjectMeta { Name = $"{Plural}.{Group}" },
        Spec = new V1CustomResourceDefinitionSpec
        {
            Group = Group,
            Scope = "Namespaced",
            Names = new V1CustomResourceDefinitionNames { Plural = Plural, Singular = "widget", Kind = "Widget", ListKind = "WidgetList" },
            Versions =
            [
                new V1CustomResourceDefinitionVersion
                {
                    Name = Version,
                    Served = true,
                    Storage = true,
                    Schema = new V1CustomResourceValidation
                    {
                        OpenAPIV3Schema = new V1JSONSchemaProps
                        {
                            Type = "object",
                            Properties = new Dictionary<string, V1JSONSchemaProps>
                            {
                                ["spec"] = new()
                                {
                                    Type = "object",
                                    Properties = new Dictionary<string, V1JSONSchemaProps> { ["size"] = new() { Type = "integer" } },
                                },
                            },
                        },
                    },
                },
            ],
        },
    };
}

/// <summary>The spec of <see cref="Widget"/>.</summary>
internal sealed class WidgetSpec
{
    [JsonPropertyName("size")]
    public int Size { get; set; }
}
