namespace Kube.Emulator.Tests.Support;

/// <summary>The Widget CRD and objects the tests register, in YAML for kubectl and JSON for HTTP.</summary>
internal static class TestManifests
{
    public const string WidgetCrdYaml = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names:
            plural: widgets
            singular: widget
            kind: Widget
            shortNames: [wd]
            categories: [all]
          versions:
          - name: v1
            served: true
            storage: true
            subresources:
              status: {}
            additionalPrinterColumns:
            - name: Size
              type: integer
              jsonPath: .spec.size
            - name: Ready
              type: string
              jsonPath: .status.conditions[?(@.type=="Ready")].status
            - name: Age
              type: date
              jsonPath: .metadata.creationTimestamp
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    required: [size]
                    properties:
                      size:
                        type: integer
                        minimum: 1
                      color:
                        type: string
                        enum: [red, blue]
                        default: red
                  status:
                    type: object
                    x-kubernetes-preserve-unknown-fields: true
        """;

    public static string WidgetCrdJson { get; } = ToJson(WidgetCrdYaml);

    public static string WidgetYaml(string name, int size) => $"""
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: {name}
        spec:
          size: {size}
        """;

    private static string ToJson(string yaml) => Kube.Emulator.Api.YamlToJson.Convert(yaml)!.ToJsonString();
}
