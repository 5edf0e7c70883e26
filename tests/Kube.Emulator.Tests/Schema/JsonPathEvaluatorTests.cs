using System.Text.Json.Nodes;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Tests.Schema;

public sealed class JsonPathEvaluatorTests
{
    private static readonly JsonNode Resource = JsonNode.Parse("""
        {
          "metadata": {
            "name": "es1",
            "namespace": "default",
            "annotations": {"example.com/key.with.dots": "dotted"},
            "labels": {"b": "2", "a": "1"}
          },
          "spec": {
            "refreshInterval": "1h0m0s",
            "ratio": 1.50,
            "count": 3,
            "enabled": true,
            "empty": null,
            "data": [
              {"secretKey": "user", "remoteRef": {"key": "db"}},
              {"secretKey": "pass", "remoteRef": {"key": "db", "property": "password"}},
              {"secretKey": "port", "remoteRef": {"key": "db"}}
            ]
          },
          "status": {
            "conditions": [
              {"type": "Synced", "status": "False", "reason": "Pending", "count": 1, "active": false},
              {"type": "Ready", "status": "True", "reason": "SecretSynced", "count": 2, "active": true}
            ]
          }
        }
        """)!;

    public static TheoryData<string, string> Cases => new()
    {
        // JSONPath, expected output
        { ".metadata.name", "es1" },
        { "{.metadata.name}", "es1" },
        { "$.metadata.name", "es1" },
        { "{$.metadata.namespace}", "default" },
        { "metadata.name", "es1" },
        { ".metadata.annotations['example.com/key.with.dots']", "dotted" },
        { ".metadata.annotations[\"example.com/key.with.dots\"]", "dotted" },
        { ".spec.data[0].secretKey", "user" },
        { ".spec.data[-1].secretKey", "port" },
        { ".spec.data[*].secretKey", "user pass port" },
        { ".spec.data[0:2].secretKey", "user pass" },
        { ".spec.data[1:].secretKey", "pass port" },
        { ".spec.data[0,2].secretKey", "user port" },
        { ".spec.data[*].remoteRef.property", "password" },
        { ".status.conditions[?(@.type==\"Ready\")].status", "True" },
        { ".status.conditions[?(@.type=='Ready')].reason", "SecretSynced" },
        { ".status.conditions[?(@.type!=\"Ready\")].type", "Synced" },
        { ".status.conditions[?(@.count==2)].type", "Ready" },
        { ".status.conditions[?(@.count>1)].type", "Ready" },
        { ".status.conditions[?(@.count<=2)].type", "Synced Ready" },
        { ".status.conditions[?(@.active==true)].type", "Ready" },
        { ".status.conditions[?(@.active==false)].type", "Synced" },
        { ".status.conditions[?(@.reason)].type", "Synced Ready" },
        { ".status.conditions[?(@.type==\"Missing\")].status", "" },
        { ".spec.ratio", "1.50" },
        { ".spec.count", "3" },
        { ".spec.enabled", "true" },
        { ".spec.empty", "" },
        { ".metadata.labels", "{\"a\":\"1\",\"b\":\"2\"}" },
        { ".spec.data[0].remoteRef", "{\"key\":\"db\"}" },
        { ".status.conditions[*].type", "Synced Ready" },
        { ".metadata.missing", "" },
        { ".metadata.missing.deeper", "" },
        { ".spec.data[7].secretKey", "" },
        { ".spec.data.secretKey", "" },
        { "{.metadata.namespace}/{.metadata.name}", "default/es1" },
        { "{.metadata.name}{\"\\n\"}", "es1\n" },
        { "..secretKey", "user pass port" },
        { ".spec..key", "db db db" },
        { ".metadata.*", "es1 default {\"example.com/key.with.dots\":\"dotted\"} {\"a\":\"1\",\"b\":\"2\"}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Path_FormatsAsKubectl(string jsonPath, string expected)
    {
        var output = JsonPathEvaluator.Evaluate(Resource, jsonPath);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void Evaluate_NullRoot_ReturnsEmpty()
    {
        var output = JsonPathEvaluator.Evaluate(null, ".a.b");

        Assert.Equal("", output);
    }

    [Theory]
    [InlineData(".spec.data[")]
    [InlineData(".spec.data[x]")]
    [InlineData(".status.conditions[?(@.type==Ready)]")]
    [InlineData("{range .items[*]}{.name}{end}")]
    public void Evaluate_Unparsable_ThrowsFormatException(string jsonPath)
    {
        var exception = Assert.Throws<FormatException>(() => JsonPathEvaluator.Evaluate(Resource, jsonPath));

        Assert.Contains("JSONPath", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindResults_Filter_ReturnsNodes()
    {
        var results = JsonPathEvaluator.FindResults(Resource, ".status.conditions[?(@.type==\"Ready\")]");

        var condition = Assert.Single(results);
        Assert.Equal("SecretSynced", condition!["reason"]!.GetValue<string>());
    }

    [Fact]
    public void FindResults_JsonNull_IsNullEntry()
    {
        var results = JsonPathEvaluator.FindResults(Resource, ".spec.empty");

        Assert.Single(results);
        Assert.Null(results[0]);
    }
}
