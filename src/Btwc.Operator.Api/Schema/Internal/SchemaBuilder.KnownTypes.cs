using k8s.Models;

namespace Btwc.Operator.Api.Schema.Internal;

/// <summary>Schemas of scalars and of the Kubernetes types the resources reuse.</summary>
internal sealed partial class SchemaBuilder
{
    private static V1JSONSchemaProps? BuildScalar(Type type)
    {
        if (type == typeof(string))
        {
            return new V1JSONSchemaProps { Type = "string" };
        }

        if (type == typeof(bool))
        {
            return new V1JSONSchemaProps { Type = "boolean" };
        }

        if (type == typeof(int))
        {
            return new V1JSONSchemaProps { Type = "integer", Format = "int32" };
        }

        if (type == typeof(long))
        {
            return new V1JSONSchemaProps { Type = "integer", Format = "int64" };
        }

        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return new V1JSONSchemaProps { Type = "string", Format = "date-time" };
        }

        return null;
    }

    private static V1JSONSchemaProps? BuildKnownType(Type type)
    {
        if (type == typeof(IntOrString))
        {
            return new V1JSONSchemaProps
            {
                AnyOf = [new V1JSONSchemaProps { Type = "integer" }, new V1JSONSchemaProps { Type = "string" }],
                XKubernetesIntOrString = true,
            };
        }

        if (type == typeof(V1ObjectMeta))
        {
            // The API server validates metadata itself, so CRDs declare it as a bare object.
            return new V1JSONSchemaProps { Type = "object" };
        }

        if (type == typeof(V1LocalObjectReference))
        {
            return new V1JSONSchemaProps
            {
                Type = "object",
                Properties = new Dictionary<string, V1JSONSchemaProps>
                {
                    ["name"] = new() { Type = "string", DefaultProperty = "", Description = "The name of the referenced object." },
                },
            };
        }

        if (type == typeof(V1LabelSelector))
        {
            return LabelSelector();
        }

        return null;
    }

    private static V1JSONSchemaProps LabelSelector()
    {
        var values = new V1JSONSchemaProps
        {
            Type = "array",
            Description = "The label values: one or more for In and NotIn, none for Exists and DoesNotExist.",
            Items = new V1JSONSchemaProps { Type = "string" },
            XKubernetesListType = "atomic",
        };
        var requirement = new V1JSONSchemaProps
        {
            Type = "object",
            Description = "A label key, an operator (In, NotIn, Exists or DoesNotExist) and the values it applies to.",
            Properties = new Dictionary<string, V1JSONSchemaProps>
            {
                ["key"] = new() { Type = "string", Description = "The label key." },
                ["operator"] = new() { Type = "string", Description = "The operator: In, NotIn, Exists or DoesNotExist." },
                ["values"] = values,
            },
            Required = ["key", "operator"],
        };

        return new V1JSONSchemaProps
        {
            Type = "object",
            Properties = new Dictionary<string, V1JSONSchemaProps>
            {
                ["matchExpressions"] = new()
                {
                    Type = "array",
                    Description = "Requirements on labels, all of which must hold.",
                    Items = requirement,
                    XKubernetesListType = "atomic",
                },
                ["matchLabels"] = new()
                {
                    Type = "object",
                    Description = "Labels that must be present with these values.",
                    AdditionalProperties = new V1JSONSchemaProps { Type = "string" },
                },
            },
        };
    }
}
