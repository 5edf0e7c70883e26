using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kube.Emulator.Schema.Internal;

/// <summary>Turns the JSON of an <c>openAPIV3Schema</c> into <see cref="SchemaNode"/> trees.</summary>
internal static class SchemaNodeParser
{
    /// <summary>The limit on one <c>pattern</c> match, so a pathological pattern cannot stall a request.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    public static SchemaNode Parse(JsonNode? json, string schemaPath)
    {
        if (json is not JsonObject schema)
        {
            throw new SchemaParseException(schemaPath, $"expected a schema object, found {JsonValueText.TypeName(json)}.");
        }

        var properties = ParseProperties(schema, schemaPath);
        var pattern = ReadString(schema, "pattern", schemaPath);

        return new SchemaNode
        {
            Type = ReadString(schema, "type", schemaPath),
            Nullable = ReadBool(schema, "nullable", schemaPath),
            PreserveUnknownFields = ReadBool(schema, "x-kubernetes-preserve-unknown-fields", schemaPath),
            IntOrString = ReadBool(schema, "x-kubernetes-int-or-string", schemaPath),
            EmbeddedResource = ReadBool(schema, "x-kubernetes-embedded-resource", schemaPath),
            Properties = properties,
            PropertiesByName = properties.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
            AdditionalProperties = ParseAdditionalProperties(schema, schemaPath),
            Items = ParseItems(schema, schemaPath),
            ListType = ReadString(schema, "x-kubernetes-list-type", schemaPath),
            ListMapKeys = ParseStringList(schema, "x-kubernetes-list-map-keys", schemaPath),
            HasDefault = schema.ContainsKey("default"),
            Default = schema["default"]?.DeepClone(),
            Enum = ParseEnum(schema, schemaPath),
            Required = ParseStringList(schema, "required", schemaPath),
            Pattern = pattern,
            PatternRegex = pattern is null ? null : CompilePattern(pattern, $"{schemaPath}.pattern"),
            Format = ReadString(schema, "format", schemaPath),
            MinLength = ReadLong(schema, "minLength", schemaPath),
            MaxLength = ReadLong(schema, "maxLength", schemaPath),
            MinItems = ReadLong(schema, "minItems", schemaPath),
            MaxItems = ReadLong(schema, "maxItems", schemaPath),
            MinProperties = ReadLong(schema, "minProperties", schemaPath),
            MaxProperties = ReadLong(schema, "maxProperties", schemaPath),
            Minimum = ReadDouble(schema, "minimum", schemaPath),
            Maximum = ReadDouble(schema, "maximum", schemaPath),
            ExclusiveMinimum = ReadBool(schema, "exclusiveMinimum", schemaPath),
            ExclusiveMaximum = ReadBool(schema, "exclusiveMaximum", schemaPath),
            MultipleOf = ReadDouble(schema, "multipleOf", schemaPath),
            AllOf = ParseBranches(schema, "allOf", schemaPath),
            AnyOf = ParseBranches(schema, "anyOf", schemaPath),
            OneOf = ParseBranches(schema, "oneOf", schemaPath),
            Not = schema["not"] is null ? null : Parse(schema["not"], $"{schemaPath}.not"),
            Rules = ValidationRuleParser.Parse(schema["x-kubernetes-validations"], $"{schemaPath}.x-kubernetes-validations"),
        };
    }

    private static List<KeyValuePair<string, SchemaNode>> ParseProperties(JsonObject schema, string schemaPath)
    {
        var result = new List<KeyValuePair<string, SchemaNode>>();
        if (schema["properties"] is not JsonObject properties)
        {
            return result;
        }

        foreach (var (name, value) in properties)
        {
            result.Add(new(name, Parse(value, $"{schemaPath}.properties.{name}")));
        }

        return result;
    }

    private static SchemaNode? ParseAdditionalProperties(JsonObject schema, string schemaPath)
    {
        var value = schema["additionalProperties"];

        return value switch
        {
            null => null,
            JsonObject => Parse(value, $"{schemaPath}.additionalProperties"),
            JsonValue when value.GetValueKind() == JsonValueKind.True => new SchemaNode { PreserveUnknownFields = true },
            JsonValue when value.GetValueKind() == JsonValueKind.False => null,
            _ => throw new SchemaParseException($"{schemaPath}.additionalProperties", "expected a schema object or a boolean."),
        };
    }

    private static SchemaNode? ParseItems(JsonObject schema, string schemaPath)
    {
        var value = schema["items"];

        return value switch
        {
            null => null,
            JsonObject => Parse(value, $"{schemaPath}.items"),
            _ => throw new SchemaParseException($"{schemaPath}.items", "expected one schema object; structural schemas do not allow a list of item schemas."),
        };
    }

    private static List<SchemaNode> ParseBranches(JsonObject schema, string keyword, string schemaPath)
    {
        var value = schema[keyword];
        if (value is null)
        {
            return [];
        }

        if (value is not JsonArray branches)
        {
            throw new SchemaParseException($"{schemaPath}.{keyword}", "expected an array of schema objects.");
        }

        return branches.Select((branch, index) => Parse(branch, $"{schemaPath}.{keyword}[{index}]")).ToList();
    }

    private static List<JsonNode?>? ParseEnum(JsonObject schema, string schemaPath)
    {
        var value = schema["enum"];
        if (value is null)
        {
            return null;
        }

        if (value is not JsonArray values)
        {
            throw new SchemaParseException($"{schemaPath}.enum", "expected an array of allowed values.");
        }

        return values.Select(item => item?.DeepClone()).ToList();
    }

    private static List<string> ParseStringList(JsonObject schema, string keyword, string schemaPath)
    {
        var value = schema[keyword];
        if (value is null)
        {
            return [];
        }

        if (value is not JsonArray names || names.Any(name => name?.GetValueKind() != JsonValueKind.String))
        {
            throw new SchemaParseException($"{schemaPath}.{keyword}", "expected an array of property names.");
        }

        return names.Select(name => name!.GetValue<string>()).ToList();
    }

    private static Regex CompilePattern(string pattern, string schemaPath)
    {
        // Go RE2 writes named groups as (?P<name>...); .NET spells them (?<name>...).
        var dotnetPattern = pattern.Replace("(?P<", "(?<", StringComparison.Ordinal);
        try
        {
            return new Regex(dotnetPattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new SchemaParseException(schemaPath, $"the pattern \"{pattern}\" is not a valid regular expression: {exception.Message}", exception);
        }
    }

    private static string? ReadString(JsonObject schema, string keyword, string schemaPath)
    {
        var value = schema[keyword];
        if (value is null)
        {
            return null;
        }

        if (value.GetValueKind() != JsonValueKind.String)
        {
            throw new SchemaParseException($"{schemaPath}.{keyword}", $"expected a string, found {JsonValueText.TypeName(value)}.");
        }

        return value.GetValue<string>();
    }

    private static bool ReadBool(JsonObject schema, string keyword, string schemaPath)
    {
        var value = schema[keyword];

        return value?.GetValueKind() switch
        {
            null => false,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new SchemaParseException($"{schemaPath}.{keyword}", $"expected a boolean, found {JsonValueText.TypeName(value)}."),
        };
    }

    private static long? ReadLong(JsonObject schema, string keyword, string schemaPath)
    {
        var value = schema[keyword];
        if (value is null)
        {
            return null;
        }

        if (JsonValueText.TryGetLong(value, out var result))
        {
            return result;
        }

        throw new SchemaParseException($"{schemaPath}.{keyword}", $"expected a non-negative integer, found {value.ToJsonString()}.");
    }

    private static double? ReadDouble(JsonObject schema, string keyword, string schemaPath)
    {
        var value = schema[keyword];
        if (value is null)
        {
            return null;
        }

        if (JsonValueText.TryGetDouble(value, out var result))
        {
            return result;
        }

        throw new SchemaParseException($"{schemaPath}.{keyword}", $"expected a number, found {value.ToJsonString()}.");
    }
}
