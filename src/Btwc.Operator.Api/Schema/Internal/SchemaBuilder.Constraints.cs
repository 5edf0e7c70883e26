using System.Reflection;
using System.Text.Json;
using k8s.Models;

namespace Btwc.Operator.Api.Schema.Internal;

/// <summary>The attributes that constrain a property: defaults, enums, patterns, lengths and CEL rules.</summary>
internal sealed partial class SchemaBuilder
{
    private static void ApplyConstraints(V1JSONSchemaProps schema, PropertyInfo property)
    {
        if (schema.Type == "string")
        {
            ApplyStringConstraints(schema, property);
        }

        if (property.GetCustomAttribute<DefaultAttribute>() is { } defaultValue)
        {
            schema.DefaultProperty = defaultValue.Value;
        }

        if (property.GetCustomAttribute<DefaultJsonAttribute>() is { } defaultJson)
        {
            schema.DefaultProperty = PlainJson.Parse(defaultJson.Json);
        }

        if (property.GetCustomAttribute<FormatAttribute>() is { } format)
        {
            schema.Format = format.Format;
        }

        if (property.IsDefined(typeof(SchemaNullableAttribute)))
        {
            schema.Nullable = true;
        }

        if (property.IsDefined(typeof(PreserveUnknownFieldsAttribute)))
        {
            schema.XKubernetesPreserveUnknownFields = true;
        }

        if (property.GetCustomAttribute<MapTypeAttribute>() is { } mapType)
        {
            schema.XKubernetesMapType = mapType.MapType;
        }

        ApplyPropertyCount(schema, property.GetCustomAttribute<PropertyCountAttribute>());

        var rules = property.GetCustomAttributes<ValidationRuleAttribute>()
            .Select(rule => new V1ValidationRule { Rule = rule.Rule, Message = rule.Message })
            .ToList();
        if (rules.Count > 0)
        {
            schema.XKubernetesValidations = rules;
        }
    }

    private static void ApplyStringConstraints(V1JSONSchemaProps schema, PropertyInfo property)
    {
        if (property.GetCustomAttribute<LengthAttribute>() is { } length)
        {
            schema.MinLength = length.Minimum >= 0 ? length.Minimum : null;
            schema.MaxLength = length.Maximum >= 0 ? length.Maximum : null;
        }

        if (property.GetCustomAttribute<PatternAttribute>() is { } pattern)
        {
            schema.Pattern = pattern.Pattern;
        }

        if (property.GetCustomAttribute<EnumAttribute>() is { } allowed)
        {
            schema.EnumProperty = [.. EnumValues(allowed)];
        }
    }

    private static void ApplyPropertyCount(V1JSONSchemaProps schema, PropertyCountAttribute? count)
    {
        if (count is null)
        {
            return;
        }

        schema.MinProperties = count.Minimum >= 0 ? count.Minimum : null;
        schema.MaxProperties = count.Maximum >= 0 ? count.Maximum : null;
    }

    /// <summary>Returns the public string constants of an enum attribute's class in declaration order, minus the excluded ones.</summary>
    internal static IEnumerable<string> EnumValues(EnumAttribute allowed) =>
        allowed.Constants.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .OrderBy(field => field.MetadataToken)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Where(value => !allowed.Exclude.Contains(value, StringComparer.Ordinal));

    /// <summary>Converts JSON text into dictionaries, lists and scalars, which both System.Text.Json and YamlDotNet write as they are.</summary>
    private static class PlainJson
    {
        public static object? Parse(string json)
        {
            using var document = JsonDocument.Parse(json);

            return Convert(document.RootElement);
        }

        private static object? Convert(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
            JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetDecimal(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
    }
}
