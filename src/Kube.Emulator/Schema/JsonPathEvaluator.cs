using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Kube.Emulator.Schema.Internal;

namespace Kube.Emulator.Schema;

/// <summary>
/// Evaluates the JSONPath subset that kubectl and CRD printer columns use: <c>.a.b</c>, <c>['key.with.dots']</c>,
/// <c>[n]</c>, <c>[-1]</c>, <c>[a:b]</c>, <c>[*]</c>, <c>..name</c> and filters such as <c>[?(@.type=="Ready")]</c>.
/// Braces are optional, and a template such as <c>{.a}/{.b}</c> mixes expressions with literal text.
/// </summary>
/// <remarks><c>{range}</c>/<c>{end}</c> blocks are not supported.</remarks>
public static class JsonPathEvaluator
{
    // Table rows evaluate the same few column paths for every object, so parsed paths are kept. The cache
    // starts over when it reaches the limit, which bounds memory when callers send arbitrary paths.
    private const int MaxCachedPaths = 4096;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<JsonPathParser.Part>> ParsedPaths = new(StringComparer.Ordinal);

    /// <summary>
    /// Evaluates <paramref name="jsonPath"/> against <paramref name="root"/> and formats the results as kubectl
    /// prints them: several results joined by a space, strings raw, numbers as written, booleans in lower case,
    /// objects and arrays as compact JSON with sorted keys, and an empty string when nothing matches.
    /// </summary>
    /// <exception cref="FormatException">The path cannot be parsed.</exception>
    public static string Evaluate(JsonNode? root, string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        var output = new StringBuilder();
        foreach (var part in Parse(jsonPath))
        {
            if (part.Segments is null)
            {
                output.Append(part.Text);
                continue;
            }

            var texts = JsonPathRunner.Run(root, part.Segments).Select(FormatValue);
            output.AppendJoin(' ', texts);
        }

        return output.ToString();
    }

    /// <summary>
    /// Returns the nodes <paramref name="jsonPath"/> selects, in document order; a JSON null is a null entry.
    /// For a template with several expressions the results of all of them are concatenated.
    /// </summary>
    /// <exception cref="FormatException">The path cannot be parsed.</exception>
    public static IReadOnlyList<JsonNode?> FindResults(JsonNode? root, string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        var results = new List<JsonNode?>();
        foreach (var part in Parse(jsonPath))
        {
            if (part.Segments is not null)
            {
                results.AddRange(JsonPathRunner.Run(root, part.Segments));
            }
        }

        return results;
    }

    private static IReadOnlyList<JsonPathParser.Part> Parse(string jsonPath)
    {
        if (ParsedPaths.TryGetValue(jsonPath, out var parts))
        {
            return parts;
        }

        parts = JsonPathParser.ParseTemplate(jsonPath);
        if (ParsedPaths.Count >= MaxCachedPaths)
        {
            ParsedPaths.Clear();
        }

        ParsedPaths[jsonPath] = parts;

        return parts;
    }

    /// <summary>Formats one value as kubectl prints a JSONPath result; a JSON null becomes an empty string.</summary>
    public static string FormatValue(JsonNode? value) => value switch
    {
        null => "",
        JsonObject or JsonArray => JsonValueText.SortedCompactJson(value),
        _ => JsonValueText.Raw(value) ?? "",
    };
}
