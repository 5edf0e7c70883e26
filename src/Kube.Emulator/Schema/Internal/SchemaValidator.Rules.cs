using System.Text.Json.Nodes;
using Kube.Emulator.Schema.Internal.Cel;

namespace Kube.Emulator.Schema.Internal;

/// <summary>Checks of <c>x-kubernetes-validations</c> rules, reported as the API server reports them.</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateRules(JsonNode value, SchemaNode schema, string path)
    {
        foreach (var rule in schema.Rules)
        {
            if (rule.Program is null)
            {
                continue;
            }

            string? failure;
            try
            {
                failure = CelEvaluator.IsTrue(rule.Program, value) ? null : rule.FailureMessage;
            }
            catch (CelEvaluationException exception)
            {
                failure = $"{exception.Message} evaluating rule: {rule.Rule}";
            }

            if (failure is not null)
            {
                errors.Add(RuleError(RuleField(path, rule.FieldPath), schema, failure, rule.Reason));
            }
        }
    }

    // The API server prints a rule failure on the resource root with the field "<nil>".
    private static string RuleField(string path, string? fieldPath)
    {
        if (string.IsNullOrEmpty(fieldPath))
        {
            return path.Length == 0 ? "<nil>" : path;
        }

        return path.Length == 0 ? fieldPath.TrimStart('.') : path + fieldPath;
    }

    // The bad value of a rule failure is the schema type, such as "object", not the value itself.
    // NOTE: this follows the API server releases that print the schema type. Newer kube-apiserver sources
    // print a scalar value itself and omit object and array values.
    private static FieldError RuleError(string field, SchemaNode schema, string failure, string? reason)
    {
        var type = schema.Type ?? "object";

        return reason switch
        {
            FieldErrorTypes.Forbidden => new FieldError(field, reason, $"Forbidden: {failure}", null),
            FieldErrorTypes.Required => new FieldError(field, reason, $"Required value: {failure}", null),
            FieldErrorTypes.Duplicate => new FieldError(field, reason, $"Duplicate value: {JsonValueText.GoQuote(type)}", type),
            _ => new FieldError(field, FieldErrorTypes.Invalid, $"Invalid value: {JsonValueText.GoQuote(type)}: {failure}", type),
        };
    }
}
