using System.Text.Json;
using System.Text.Json.Nodes;
using Btwc.Simulator.Internal;
using Btwc.Simulator.Internal.Seed;
using YamlDotNet.Core;

namespace Btwc.Simulator;

/// <summary>
/// Tenant data to load at start or through the admin API: sites with their tokens, static secrets and dynamic
/// secret definitions. Keys are camelCase in both YAML and JSON.
/// </summary>
public sealed class SimulatorSeed
{
    /// <summary>The sites.</summary>
    public IList<SeedSite> Sites { get; set; } = [];

    /// <summary>Loads a seed from a YAML (<c>.yaml</c>, <c>.yml</c>) or JSON (<c>.json</c>, or text starting with <c>{</c>) file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="FormatException">The file is not valid YAML or JSON, or does not match the seed format.</exception>
    public static SimulatorSeed Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = File.ReadAllText(path);
        var extension = Path.GetExtension(path);
        var isJson = extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
            || (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) && text.TrimStart().StartsWith('{'));

        return isJson ? ParseJson(text, path) : ParseYaml(text, path);
    }

    /// <summary>Parses a seed written in JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the text used in error messages, such as the file path.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="FormatException">The text is not valid JSON or does not match the seed format.</exception>
    public static SimulatorSeed ParseJson(string json, string source = "seed")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return FromNode(JsonNode.Parse(json), source);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Seed '{source}' is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Parses a seed written in YAML. Plain scalars keep their YAML types (numbers, booleans, null); quoted ones are strings.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="source">A name for the text used in error messages, such as the file path.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="FormatException">The text is not valid YAML or does not match the seed format.</exception>
    public static SimulatorSeed ParseYaml(string yaml, string source = "seed")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        try
        {
            return FromNode(YamlToJson.Convert(yaml), source);
        }
        catch (YamlException exception)
        {
            throw new FormatException($"Seed '{source}' is not valid YAML: {exception.Message}", exception);
        }
    }

    private static SimulatorSeed FromNode(JsonNode? node, string source)
    {
        if (node is not JsonObject)
        {
            throw new FormatException($"Seed '{source}' is invalid: the top level must be an object with a 'sites' list.");
        }

        try
        {
            return node.Deserialize(SimulatorJsonContext.Default.SimulatorSeed)
                ?? throw new FormatException($"Seed '{source}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Seed '{source}' does not match the seed format at '{exception.Path}': {exception.Message}", exception);
        }
    }
}
