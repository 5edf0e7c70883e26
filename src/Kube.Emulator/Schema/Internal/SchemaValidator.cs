using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// Validates a normalized object against a structural schema and collects errors worded as the API server
/// words them. The checks on one value are split by JSON type into partial files.
/// </summary>
internal sealed partial class SchemaValidator(List<FieldError> errors)
{
    public void ValidateResource(JsonObject resource, SchemaNode schema)
    {
        ValidateComposites(resource, schema, "");
        ValidateObject(resource, schema, "", isResourceRoot: true);
        ValidateRules(resource, schema, "");
    }

    private void Validate(JsonNode? value, SchemaNode schema, string path)
    {
        if (value is null)
        {
            if (!schema.Nullable && HasDeclaredType(schema))
            {
                AddTypeError(path, schema, "null");
            }

            return;
        }

        var actualType = JsonValueText.TypeName(value);
        if (!IsTypeAllowed(value, actualType, schema))
        {
            AddTypeError(path, schema, actualType);

            return;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                ValidateString(value.GetValue<string>(), value, schema, path);
                break;
            case JsonValueKind.Number:
                ValidateNumber(value, schema, path);
                break;
            case JsonValueKind.Array:
                ValidateArray((JsonArray)value, schema, path);
                break;
        }

        ValidateEnum(value, schema, path);
        ValidateComposites(value, schema, path);

        if (value is JsonObject map)
        {
            ValidateObject(map, schema, path, schema.EmbeddedResource);
        }

        ValidateRules(value, schema, path);
    }

    private static bool HasDeclaredType(SchemaNode schema) => schema.Type is not null || schema.IntOrString;

    private static bool IsTypeAllowed(JsonNode value, string actualType, SchemaNode schema)
    {
        if (schema.IntOrString)
        {
            return actualType is "integer" or "string" || (actualType == "number" && IsIntegral(value));
        }

        return schema.Type switch
        {
            null => true,
            "number" => actualType is "number" or "integer",
            "integer" => actualType == "integer" || (actualType == "number" && IsIntegral(value)),
            _ => schema.Type == actualType,
        };
    }

    private static bool IsIntegral(JsonNode value) =>
        JsonValueText.TryGetDouble(value, out var number) && number == Math.Floor(number) && !double.IsInfinity(number);

    private void AddTypeError(string path, SchemaNode schema, string actualType)
    {
        var expected = schema.IntOrString ? "integer,string" : schema.Type;
        var detail = $"{path} in body must be of type {expected}: {JsonValueText.GoQuote(actualType)}";

        errors.Add(new FieldError(path, FieldErrorTypes.TypeInvalid, $"Invalid value: {JsonValueText.GoQuote(actualType)}: {detail}", actualType));
    }

    private void AddInvalid(string path, JsonNode? value, string detail) =>
        errors.Add(new FieldError(path, FieldErrorTypes.Invalid, $"Invalid value: {JsonValueText.GoValue(value)}: {detail}", JsonValueText.Raw(value)));

    private void AddTooMany(string path, int actual, long max)
    {
        var items = max == 1 ? "item" : "items";

        errors.Add(new FieldError(path, FieldErrorTypes.TooMany, $"Too many: {actual}: must have at most {max} {items}", actual.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private void ValidateEnum(JsonNode value, SchemaNode schema, string path)
    {
        if (schema.Enum is null || schema.Enum.Any(allowed => JsonNode.DeepEquals(allowed, value) || NumbersEqual(allowed, value)))
        {
            return;
        }

        var supported = schema.Enum.Select(allowed => JsonValueText.GoQuote(JsonValueText.Raw(allowed) ?? "null"));
        var message = $"Unsupported value: {JsonValueText.GoValue(value)}: supported values: {string.Join(", ", supported)}";

        errors.Add(new FieldError(path, FieldErrorTypes.NotSupported, message, JsonValueText.Raw(value)));
    }

    private static bool NumbersEqual(JsonNode? left, JsonNode right) =>
        JsonValueText.TryGetDouble(left, out var leftNumber)
        && JsonValueText.TryGetDouble(right, out var rightNumber)
        && leftNumber.Equals(rightNumber);
}
