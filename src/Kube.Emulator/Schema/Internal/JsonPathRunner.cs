using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>Runs parsed JSONPath segments; a missing key or index yields no result rather than an error.</summary>
internal static class JsonPathRunner
{
    public static List<JsonNode?> Run(JsonNode? root, IReadOnlyList<JsonPathSegment> segments)
    {
        var current = new List<JsonNode?> { root };
        foreach (var segment in segments)
        {
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                Step(node, segment, next);
            }

            current = next;
        }

        return current;
    }

    private static void Step(JsonNode? node, JsonPathSegment segment, List<JsonNode?> results)
    {
        switch (segment)
        {
            case JsonPathSegment.Self:
                results.Add(node);
                break;
            case JsonPathSegment.Field field when node is JsonObject map:
                foreach (var name in field.Names)
                {
                    if (map.TryGetPropertyValue(name, out var value))
                    {
                        results.Add(value);
                    }
                }

                break;
            case JsonPathSegment.Wildcard when node is JsonObject map:
                results.AddRange(map.Select(pair => pair.Value));
                break;
            case JsonPathSegment.Wildcard when node is JsonArray list:
                results.AddRange(list);
                break;
            case JsonPathSegment.Indexes indexes when node is JsonArray list:
                AddIndexes(list, indexes.Values, results);
                break;
            case JsonPathSegment.Slice slice when node is JsonArray list:
                AddSlice(list, slice, results);
                break;
            case JsonPathSegment.Filter filter when node is JsonArray list:
                results.AddRange(list.Where(item => Matches(item, filter.Condition)));
                break;
            case JsonPathSegment.RecursiveDescent descent:
                foreach (var descendant in SelfAndDescendants(node))
                {
                    Step(descendant, descent.Next, results);
                }

                break;
        }
    }

    private static void AddIndexes(JsonArray list, IReadOnlyList<int> indexes, List<JsonNode?> results)
    {
        foreach (var index in indexes)
        {
            var actual = index < 0 ? list.Count + index : index;
            if (actual >= 0 && actual < list.Count)
            {
                results.Add(list[actual]);
            }
        }
    }

    private static void AddSlice(JsonArray list, JsonPathSegment.Slice slice, List<JsonNode?> results)
    {
        var step = slice.Step ?? 1;
        if (step <= 0)
        {
            return;
        }

        var start = Clamp(slice.Start ?? 0, list.Count);
        var end = Clamp(slice.End ?? list.Count, list.Count);
        for (var index = start; index < end; index += step)
        {
            results.Add(list[index]);
        }
    }

    private static int Clamp(int index, int count) => Math.Clamp(index < 0 ? count + index : index, 0, count);

    private static IEnumerable<JsonNode?> SelfAndDescendants(JsonNode? node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject map => map.Select(pair => pair.Value),
            JsonArray list => list,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in SelfAndDescendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static bool Matches(JsonNode? item, JsonPathFilter condition)
    {
        var left = Run(item, condition.Left);
        if (left.Count == 0)
        {
            return false;
        }

        if (condition.Operator is null)
        {
            return left[0] is not null && left[0]!.GetValueKind() != JsonValueKind.False;
        }

        JsonNode? right = condition.RightLiteral;
        if (condition.RightPath is not null)
        {
            var rights = Run(item, condition.RightPath);
            if (rights.Count == 0)
            {
                return false;
            }

            right = rights[0];
        }

        return Compare(left[0], condition.Operator, right);
    }

    private static bool Compare(JsonNode? left, string comparison, JsonNode? right)
    {
        if (JsonValueText.TryGetDouble(left, out var leftNumber) && JsonValueText.TryGetDouble(right, out var rightNumber))
        {
            return comparison switch
            {
                "==" => leftNumber == rightNumber,
                "!=" => leftNumber != rightNumber,
                "<" => leftNumber < rightNumber,
                ">" => leftNumber > rightNumber,
                "<=" => leftNumber <= rightNumber,
                ">=" => leftNumber >= rightNumber,
                _ => false,
            };
        }

        var equal = JsonNode.DeepEquals(left, right);
        if (comparison is "==" or "!=")
        {
            return comparison == "==" ? equal : !equal;
        }

        if (left?.GetValueKind() == JsonValueKind.String && right?.GetValueKind() == JsonValueKind.String)
        {
            var order = string.CompareOrdinal(left.GetValue<string>(), right.GetValue<string>());

            return comparison switch
            {
                "<" => order < 0,
                ">" => order > 0,
                "<=" => order <= 0,
                ">=" => order >= 0,
                _ => false,
            };
        }

        return false;
    }
}
