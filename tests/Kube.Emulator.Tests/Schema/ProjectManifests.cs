using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Kube.Emulator.Tests.Schema;

/// <summary>Reads the repository's CRDs and example manifests as JSON documents.</summary>
internal static class ProjectManifests
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Returns every YAML document in the files matching <paramref name="pattern"/> under <paramref name="folder"/>.</summary>
    public static IEnumerable<(string File, JsonObject Document)> Load(string folder, string pattern)
    {
        var directory = Path.Combine(RepositoryRoot, folder);
        foreach (var file in Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            foreach (var document in stream.Documents)
            {
                if (ToJson(document.RootNode) is JsonObject json)
                {
                    yield return (Path.GetRelativePath(RepositoryRoot, file), json);
                }
            }
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "btwc-operator.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No btwc-operator.slnx above \"{AppContext.BaseDirectory}\"; run the tests from the repository.");
    }

    // Plain YAML scalars become JSON numbers, booleans and null by the YAML 1.2 core schema; quoted ones stay strings.
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair => KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "null" or "~" or "" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
            _ => JsonValue.Create(text),
        };
    }
}
