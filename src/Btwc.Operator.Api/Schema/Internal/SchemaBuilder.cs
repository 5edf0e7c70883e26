using System.Reflection;
using System.Text.Json.Serialization;
using k8s.Models;

namespace Btwc.Operator.Api.Schema.Internal;

/// <summary>Builds OpenAPI v3 schemas from the C# types of the custom resources and their schema attributes.</summary>
internal sealed partial class SchemaBuilder(DocumentationComments documentation)
{
    /// <summary>Builds the schema of a whole resource: <c>apiVersion</c>, <c>kind</c>, <c>metadata</c>, and the rest of its properties.</summary>
    public V1JSONSchemaProps BuildResource(Type resourceType)
    {
        var schema = BuildObject(resourceType);
        schema.Description = documentation.For(resourceType);

        return schema;
    }

    private V1JSONSchemaProps BuildObject(Type type)
    {
        var properties = new SortedDictionary<string, V1JSONSchemaProps>(StringComparer.Ordinal);
        var required = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var property in SerializedProperties(type))
        {
            var name = JsonName(property);
            properties[name] = BuildProperty(property);
            if (property.IsDefined(typeof(RequiredAttribute)))
            {
                required.Add(name);
            }
        }

        var schema = new V1JSONSchemaProps
        {
            Type = "object",
            Properties = new Dictionary<string, V1JSONSchemaProps>(properties, StringComparer.Ordinal),
            Required = required.Count > 0 ? [.. required] : null,
        };
        ApplyPropertyCount(schema, type.GetCustomAttribute<PropertyCountAttribute>());
        if (type.IsDefined(typeof(PreserveUnknownFieldsAttribute)))
        {
            schema.XKubernetesPreserveUnknownFields = true;
        }

        return schema;
    }

    private V1JSONSchemaProps BuildProperty(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var schema = BuildValue(type, property);

        // External Secrets declares metadata as a bare object, because the API server validates metadata itself.
        schema.Description = type == typeof(V1ObjectMeta) ? null : documentation.For(property);

        ApplyConstraints(schema, property);

        return schema;
    }

    private V1JSONSchemaProps BuildValue(Type type, PropertyInfo property)
    {
        if (BuildScalar(type) is { } scalar)
        {
            return scalar;
        }

        if (BuildKnownType(type) is { } known)
        {
            return known;
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return BuildDictionary(valueType, property);
        }

        if (ListItemType(type) is { } itemType)
        {
            return BuildList(itemType, property);
        }

        if (type.IsClass && type.GetCustomAttribute<JsonConverterAttribute>() is null)
        {
            return BuildObject(type);
        }

        throw new NotSupportedException(
            $"The CRD generator has no schema for the type '{type}' of property '{property.DeclaringType?.Name}.{property.Name}'. " +
            "Add a case for it to SchemaBuilder.");
    }

    private V1JSONSchemaProps BuildList(Type itemType, PropertyInfo property)
    {
        var items = BuildValue(itemType, property);
        items.Description = documentation.For(itemType);
        if (itemType == typeof(string))
        {
            // Length, pattern and enum attributes on a list of strings constrain each item.
            ApplyStringConstraints(items, property);
        }

        var minItems = property.GetCustomAttribute<MinItemsAttribute>();

        return new V1JSONSchemaProps { Type = "array", Items = items, MinItems = minItems?.Minimum };
    }

    private V1JSONSchemaProps BuildDictionary(Type valueType, PropertyInfo property)
    {
        if (property.IsDefined(typeof(PreserveUnknownFieldsAttribute)))
        {
            return new V1JSONSchemaProps { Type = "object", XKubernetesPreserveUnknownFields = true };
        }

        if (valueType != typeof(string))
        {
            throw new NotSupportedException(
                $"The map property '{property.DeclaringType?.Name}.{property.Name}' has values of type '{valueType}'. " +
                "The CRD generator supports string values, or any values with [PreserveUnknownFields].");
        }

        return new V1JSONSchemaProps { Type = "object", AdditionalProperties = new V1JSONSchemaProps { Type = "string" } };
    }

    private static IEnumerable<PropertyInfo> SerializedProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .Where(property => property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition != JsonIgnoreCondition.Always);

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

        return dictionary?.GetGenericArguments()[1];
    }

    private static Type? ListItemType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>));

        return list?.GetGenericArguments()[0];
    }
}
