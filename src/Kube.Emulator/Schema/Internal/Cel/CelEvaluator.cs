using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kube.Emulator.Schema.Internal.Cel;

/// <summary>Evaluates a parsed CEL expression against a JSON value bound to <c>self</c>.</summary>
internal static class CelEvaluator
{
    public static bool IsTrue(CelNode expression, JsonNode? self) =>
        Evaluate(expression, self) is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    private static JsonNode? Evaluate(CelNode node, JsonNode? self) => node switch
    {
        CelNode.Literal literal => literal.Value?.DeepClone(),
        CelNode.ListLiteral list => new JsonArray(list.Items.Select(item => Evaluate(item, self)?.DeepClone()).ToArray()),
        CelNode.Self => self,
        CelNode.Member member => Field(Evaluate(member.Target, self), member.Name),
        CelNode.Index index => Element(Evaluate(index.Target, self), Evaluate(index.Key, self)),
        CelNode.Has has => JsonValue.Create(Evaluate(has.Target, self) is JsonObject map && map.ContainsKey(has.Name)),
        CelNode.Call call => Invoke(call, self),
        CelNode.Unary unary => Negate(unary.Operator, Evaluate(unary.Operand, self)),
        CelNode.Binary binary => Combine(binary, self),
        _ => throw new CelEvaluationException($"unknown expression {node}"),
    };

    private static JsonNode? Field(JsonNode? target, string name)
    {
        if (target is JsonObject map && map.TryGetPropertyValue(name, out var value))
        {
            return value;
        }

        throw new CelEvaluationException($"no such key: {name}");
    }

    private static JsonNode? Element(JsonNode? target, JsonNode? key)
    {
        if (target is JsonArray list && JsonValueText.TryGetLong(key, out var index) && index >= 0 && index < list.Count)
        {
            return list[(int)index];
        }

        if (target is JsonObject && key?.GetValueKind() == JsonValueKind.String)
        {
            return Field(target, key.GetValue<string>());
        }

        throw new CelEvaluationException($"no such key: {key?.ToJsonString()}");
    }

    private static JsonNode Invoke(CelNode.Call call, JsonNode? self)
    {
        var target = call.Target is null ? Evaluate(call.Arguments[0], self) : Evaluate(call.Target, self);
        var arguments = call.Arguments.Skip(call.Target is null ? 1 : 0).Select(argument => Text(Evaluate(argument, self))).ToList();
        if (call.Function == "size")
        {
            return JsonValue.Create(Size(target));
        }

        var text = Text(target);
        var argument = arguments.Count == 1 ? arguments[0] : throw new CelEvaluationException($"{call.Function}() takes one argument");

        return JsonValue.Create(call.Function switch
        {
            "startsWith" => text.StartsWith(argument, StringComparison.Ordinal),
            "endsWith" => text.EndsWith(argument, StringComparison.Ordinal),
            "contains" => text.Contains(argument, StringComparison.Ordinal),
            _ => Regex.IsMatch(text, argument, RegexOptions.CultureInvariant, SchemaNodeParser.PatternTimeout),
        });
    }

    private static long Size(JsonNode? value) => value switch
    {
        JsonArray list => list.Count,
        JsonObject map => map.Count,
        JsonValue when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().EnumerateRunes().Count(),
        _ => throw new CelEvaluationException($"size() is not defined for {JsonValueText.TypeName(value)}"),
    };

    private static string Text(JsonNode? value) => value?.GetValueKind() == JsonValueKind.String
        ? value.GetValue<string>()
        : throw new CelEvaluationException($"expected a string, found {JsonValueText.TypeName(value)}");

    private static JsonNode Negate(string operation, JsonNode? operand)
    {
        if (operation == "!")
        {
            return JsonValue.Create(!Bool(operand));
        }

        return JsonValueText.TryGetDouble(operand, out var number)
            ? JsonNode.Parse((-number).ToString("R", System.Globalization.CultureInfo.InvariantCulture))!
            : throw new CelEvaluationException($"cannot negate {JsonValueText.TypeName(operand)}");
    }

    private static bool Bool(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new CelEvaluationException($"expected a boolean, found {JsonValueText.TypeName(value)}"),
    };

    private static JsonNode? Combine(CelNode.Binary binary, JsonNode? self)
    {
        switch (binary.Operator)
        {
            case "&&":
                return JsonValue.Create(Bool(Evaluate(binary.Left, self)) && Bool(Evaluate(binary.Right, self)));
            case "||":
                return JsonValue.Create(Bool(Evaluate(binary.Left, self)) || Bool(Evaluate(binary.Right, self)));
        }

        var left = Evaluate(binary.Left, self);
        var right = Evaluate(binary.Right, self);

        return binary.Operator switch
        {
            "==" => JsonValue.Create(CelEquals(left, right)),
            "!=" => JsonValue.Create(!CelEquals(left, right)),
            "in" => JsonValue.Create(Contains(right, left)),
            "+" => Add(left, right),
            "-" => Arithmetic(left, right, (a, b) => a - b),
            _ => JsonValue.Create(Order(binary.Operator, left, right)),
        };
    }

    private static bool CelEquals(JsonNode? left, JsonNode? right) =>
        (JsonValueText.TryGetDouble(left, out var a) && JsonValueText.TryGetDouble(right, out var b))
            ? a.Equals(b)
            : JsonNode.DeepEquals(left, right);

    private static bool Contains(JsonNode? container, JsonNode? item) => container switch
    {
        JsonArray list => list.Any(element => CelEquals(element, item)),
        JsonObject map => item?.GetValueKind() == JsonValueKind.String && map.ContainsKey(item.GetValue<string>()),
        _ => throw new CelEvaluationException($"'in' needs a list or map, found {JsonValueText.TypeName(container)}"),
    };

    private static JsonNode? Add(JsonNode? left, JsonNode? right)
    {
        if (left?.GetValueKind() == JsonValueKind.String && right?.GetValueKind() == JsonValueKind.String)
        {
            return JsonValue.Create(left.GetValue<string>() + right.GetValue<string>());
        }

        return Arithmetic(left, right, (a, b) => a + b);
    }

    private static JsonNode Arithmetic(JsonNode? left, JsonNode? right, Func<double, double, double> operation)
    {
        if (JsonValueText.TryGetDouble(left, out var a) && JsonValueText.TryGetDouble(right, out var b))
        {
            var result = operation(a, b);

            return JsonNode.Parse(result.ToString("R", System.Globalization.CultureInfo.InvariantCulture))!;
        }

        throw new CelEvaluationException($"no arithmetic for {JsonValueText.TypeName(left)} and {JsonValueText.TypeName(right)}");
    }

    private static bool Order(string comparison, JsonNode? left, JsonNode? right)
    {
        int order;
        if (JsonValueText.TryGetDouble(left, out var a) && JsonValueText.TryGetDouble(right, out var b))
        {
            order = a.CompareTo(b);
        }
        else if (left?.GetValueKind() == JsonValueKind.String && right?.GetValueKind() == JsonValueKind.String)
        {
            order = string.CompareOrdinal(left.GetValue<string>(), right.GetValue<string>());
        }
        else
        {
            throw new CelEvaluationException($"cannot compare {JsonValueText.TypeName(left)} with {JsonValueText.TypeName(right)}");
        }

        return comparison switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        };
    }
}
