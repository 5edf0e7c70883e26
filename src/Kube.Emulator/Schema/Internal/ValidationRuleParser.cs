using System.Text.Json;
using System.Text.Json.Nodes;
using Kube.Emulator.Schema.Internal.Cel;

namespace Kube.Emulator.Schema.Internal;

/// <summary>Reads the <c>x-kubernetes-validations</c> list of a schema node.</summary>
internal static class ValidationRuleParser
{
    public static List<ValidationRule> Parse(JsonNode? json, string schemaPath)
    {
        if (json is null)
        {
            return [];
        }

        if (json is not JsonArray entries)
        {
            throw new SchemaParseException(schemaPath, "expected an array of {rule, message} objects.");
        }

        var rules = new List<ValidationRule>();
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index] as JsonObject;
            var rule = Text(entry, "rule") ?? throw new SchemaParseException($"{schemaPath}[{index}].rule", "missing; every validation rule needs a CEL expression.");
            rules.Add(new ValidationRule(rule, Text(entry, "message"), Text(entry, "reason"), Text(entry, "fieldPath"), Compile(rule)));
        }

        return rules;
    }

    private static CelNode? Compile(string rule)
    {
        // Transition rules compare with the stored object. The API server skips them on create, and this
        // emulator never has the old object at hand, so it skips them on update too.
        if (rule.Contains("oldSelf", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return CelParser.Parse(rule);
        }
        catch (CelUnsupportedException)
        {
            // NOTE: rules beyond the supported CEL subset (macros such as all() and exists(), the ?: operator)
            // pass unchecked here, where a real API server evaluates them.
            return null;
        }
    }

    private static string? Text(JsonObject? entry, string key)
    {
        var value = entry?[key];

        return value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }
}
