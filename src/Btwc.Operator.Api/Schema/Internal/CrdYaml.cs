using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Btwc.Operator.Api.Schema.Internal;

/// <summary>Writes CRDs as YAML: serialized to JSON by KubernetesClient, then emitted by YamlDotNet in the same key order.</summary>
internal static class CrdYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .WithIndentedSequences()
        .Build();

    /// <summary>Returns one CRD as a YAML document, without a leading <c>---</c>.</summary>
    public static string Write(V1CustomResourceDefinition definition)
    {
        var json = JsonNode.Parse(KubernetesJson.Serialize(definition));
        using var writer = new StringWriter();
        writer.NewLine = "\n";

        // A very wide line limit keeps every description on one line, so diffs stay one line per change.
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024));
        Serializer.Serialize(emitter, ToPlain(json));

        return writer.ToString();
    }

    private static object? ToPlain(JsonNode? node) => node switch
    {
        JsonObject map => map.ToDictionary(pair => pair.Key, pair => ToPlain(pair.Value)),
        JsonArray list => list.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.GetValue<decimal>(),
            _ => null,
        },
        _ => null,
    };
}
