using System.Text.Json.Nodes;
using Kube.Emulator.Schema;
using static Kube.Emulator.Tests.Schema.SchemaFixtures;

namespace Kube.Emulator.Tests.Schema;

public sealed class StructuralSchemaValidationTests
{
    public static TheoryData<string, string, string, string> KeywordViolations => new()
    {
        // spec JSON, field, cause type, message
        { """{"text": "ABC"}""", "spec.text", FieldErrorTypes.Invalid, """Invalid value: "ABC": spec.text in body should match '^[a-z]+$'""" },
        { """{"text": "a"}""", "spec.text", FieldErrorTypes.Invalid, """Invalid value: "a": spec.text in body should be at least 2 chars long""" },
        { """{"text": "abcdef"}""", "spec.text", FieldErrorTypes.TooLong, "Too long: may not be more than 5 bytes" },
        { """{"name": "ab"}""", "spec.name", FieldErrorTypes.TooLong, "Too long: may not be more than 1 byte" },
        { """{"text": 5}""", "spec.text", FieldErrorTypes.TypeInvalid, """Invalid value: "integer": spec.text in body must be of type string: "integer" """.TrimEnd() },
        { """{"count": "3"}""", "spec.count", FieldErrorTypes.TypeInvalid, """Invalid value: "string": spec.count in body must be of type integer: "string" """.TrimEnd() },
        { """{"count": 1.5}""", "spec.count", FieldErrorTypes.TypeInvalid, """Invalid value: "number": spec.count in body must be of type integer: "number" """.TrimEnd() },
        { """{"count": 0}""", "spec.count", FieldErrorTypes.Invalid, "Invalid value: 0: spec.count in body should be greater than or equal to 1" },
        { """{"count": 11}""", "spec.count", FieldErrorTypes.Invalid, "Invalid value: 11: spec.count in body should be less than or equal to 10" },
        { """{"ratio": 0}""", "spec.ratio", FieldErrorTypes.Invalid, "Invalid value: 0: spec.ratio in body should be greater than 0" },
        { """{"ratio": 1.5}""", "spec.ratio", FieldErrorTypes.Invalid, "Invalid value: 1.5: spec.ratio in body should be less than or equal to 1" },
        { """{"even": 3}""", "spec.even", FieldErrorTypes.Invalid, "Invalid value: 3: spec.even in body should be a multiple of 2" },
        { """{"flag": "yes"}""", "spec.flag", FieldErrorTypes.TypeInvalid, """Invalid value: "string": spec.flag in body must be of type boolean: "string" """.TrimEnd() },
        { """{"mode": "C"}""", "spec.mode", FieldErrorTypes.NotSupported, """Unsupported value: "C": supported values: "A", "B" """.TrimEnd() },
        { """{"level": 3}""", "spec.level", FieldErrorTypes.NotSupported, """Unsupported value: 3: supported values: "1", "2" """.TrimEnd() },
        { """{"port": true}""", "spec.port", FieldErrorTypes.TypeInvalid, """Invalid value: "boolean": spec.port in body must be of type integer,string: "boolean" """.TrimEnd() },
        { """{"blob": "not base64!"}""", "spec.blob", FieldErrorTypes.TypeInvalid, """Invalid value: "not base64!": spec.blob in body must be of type byte: "not base64!" """.TrimEnd() },
        { """{"since": "2026-12-04T20:00"}""", "spec.since", FieldErrorTypes.TypeInvalid, """Invalid value: "2026-12-04T20:00": spec.since in body must be of type date-time: "2026-12-04T20:00" """.TrimEnd() },
        { """{"since": "2026-12-04 20:00:00Z"}""", "spec.since", FieldErrorTypes.TypeInvalid, """Invalid value: "2026-12-04 20:00:00Z": spec.since in body must be of type date-time: "2026-12-04 20:00:00Z" """.TrimEnd() },
        { """{"since": "2026-13-04T20:00:00Z"}""", "spec.since", FieldErrorTypes.TypeInvalid, """Invalid value: "2026-13-04T20:00:00Z": spec.since in body must be of type date-time: "2026-13-04T20:00:00Z" """.TrimEnd() },
        { """{"tags": []}""", "spec.tags", FieldErrorTypes.Invalid, "Invalid value: 0: spec.tags in body should have at least 1 items" },
        { """{"tags": ["a", "b", "c"]}""", "spec.tags", FieldErrorTypes.TooMany, "Too many: 3: must have at most 2 items" },
        { """{"single": ["a", "b"]}""", "spec.single", FieldErrorTypes.TooMany, "Too many: 2: must have at most 1 item" },
        { """{"tags": [1]}""", "spec.tags[0]", FieldErrorTypes.TypeInvalid, """Invalid value: "integer": spec.tags[0] in body must be of type string: "integer" """.TrimEnd() },
        { """{"tags": ["a", null]}""", "spec.tags[1]", FieldErrorTypes.TypeInvalid, """Invalid value: "null": spec.tags[1] in body must be of type string: "null" """.TrimEnd() },
        { """{"labels": {}}""", "spec.labels", FieldErrorTypes.Invalid, "Invalid value: 0: spec.labels in body should have at least 1 properties" },
        { """{"labels": {"a": "1", "b": "2", "c": "3"}}""", "spec.labels", FieldErrorTypes.TooMany, "Too many: 3: must have at most 2 items" },
        { """{"labels": {"a": 1}}""", "spec.labels.a", FieldErrorTypes.TypeInvalid, """Invalid value: "integer": spec.labels.a in body must be of type string: "integer" """.TrimEnd() },
        { """{"rows": [{"name": "x"}, {}]}""", "spec.rows[1].name", FieldErrorTypes.Required, "Required value" },
        { """{"rows": "x"}""", "spec.rows", FieldErrorTypes.TypeInvalid, """Invalid value: "string": spec.rows in body must be of type array: "string" """.TrimEnd() },
        { """{"text": {}}""", "spec.text", FieldErrorTypes.TypeInvalid, """Invalid value: "object": spec.text in body must be of type string: "object" """.TrimEnd() },
    };

    [Theory]
    [MemberData(nameof(KeywordViolations))]
    public void Apply_KeywordViolation_ReportsServerError(string specJson, string field, string type, string message)
    {
        var resource = new JsonObject { ["spec"] = JsonNode.Parse(specJson) };

        var errors = Keywords().Apply(resource, SchemaApplyMode.Strict);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(type, error.Type);
        Assert.Equal(message, error.Message);
    }

    public static TheoryData<string> KeywordValues => new()
    {
        """{"text": "ab", "count": 1, "ratio": 1, "even": -4, "flag": false}""",
        """{"count": 2.0}""",
        """{"ratio": 1e-3}""",
        """{"mode": "B", "level": 2}""",
        """{"port": 8080}""",
        """{"port": "http"}""",
        """{"blob": "aGVsbG8="}""",
        """{"since": "2026-12-04T20:00:00Z"}""",
        """{"since": "2026-12-04T20:00:00.123456+01:00"}""",
        """{"blob": ""}""",
        """{"note": null}""",
        """{"tags": ["a", "b"], "labels": {"k": "v"}, "single": []}""",
        """{"text": "abcde"}""",
    };

    [Theory]
    [MemberData(nameof(KeywordValues))]
    public void Apply_ValidValues_ReportsNothing(string specJson)
    {
        var resource = new JsonObject { ["spec"] = JsonNode.Parse(specJson) };

        var errors = Keywords().Apply(resource, SchemaApplyMode.Strict);

        Assert.Empty(errors);
    }

    public static TheoryData<string, string, string, string> ExternalSecretViolations => new()
    {
        {
            """{"target": {"creationPolicy": "Foo"}}""",
            "spec.target.creationPolicy",
            FieldErrorTypes.NotSupported,
            """Unsupported value: "Foo": supported values: "Owner", "Orphan", "Merge", "None", "CreateOrMerge" """.TrimEnd()
        },
        { """{"data": [{"secretKey": "a"}]}""", "spec.data[0].remoteRef", FieldErrorTypes.Required, "Required value" },
        { """{"data": [{"secretKey": "a", "remoteRef": {}}]}""", "spec.data[0].remoteRef.key", FieldErrorTypes.Required, "Required value" },
        { """{"data": [{"secretKey": "a", "remoteRef": {"key": "k"}, "sourceRef": {}}]}""", "spec.data[0].sourceRef", FieldErrorTypes.Invalid, "Invalid value: 0: spec.data[0].sourceRef in body should have at least 1 properties" },
        { """{"dataFrom": [{"sourceRef": {"generatorRef": {"name": "g"}}}]}""", "spec.dataFrom[0].sourceRef.generatorRef.kind", FieldErrorTypes.Required, "Required value" },
        { """{"dataFrom": [{"sourceRef": {"storeRef": {"name": "s"}, "generatorRef": {"kind": "UUID", "name": "g"}}}]}""", "spec.dataFrom[0].sourceRef", FieldErrorTypes.TooMany, "Too many: 2: must have at most 1 item" },
        { """{"target": {"name": "Bad_Name"}}""", "spec.target.name", FieldErrorTypes.Invalid, """Invalid value: "Bad_Name": spec.target.name in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'""" },
        { """{"refreshInterval": 3600}""", "spec.refreshInterval", FieldErrorTypes.TypeInvalid, """Invalid value: "integer": spec.refreshInterval in body must be of type string: "integer" """.TrimEnd() },
        { """{"secretStoreRef": {"kind": "Vault", "name": "s"}}""", "spec.secretStoreRef.kind", FieldErrorTypes.NotSupported, """Unsupported value: "Vault": supported values: "SecretStore", "ClusterSecretStore" """.TrimEnd() },
    };

    [Theory]
    [MemberData(nameof(ExternalSecretViolations))]
    public void Apply_ExternalSecretViolation_ReportsServerError(string specJson, string field, string type, string message)
    {
        var resource = ExternalSecretObject(specJson);

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(type, error.Type);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Apply_SeveralViolations_ReportsEach()
    {
        var resource = ExternalSecretObject("""{"refreshPolicy": "Never", "target": {"creationPolicy": "Foo"}, "data": [{"remoteRef": {"key": "k"}}]}""");

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Equal(["spec.refreshPolicy", "spec.target.creationPolicy", "spec.data[0].secretKey"], errors.Select(error => error.Field));
    }

    [Fact]
    public void Apply_MissingRequired_ComesAfterFieldErrors()
    {
        var resource = ExternalSecretObject("""{"data": [{"remoteRef": {"key": "k", "conversionStrategy": "Bogus"}}]}""");

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Equal(["spec.data[0].remoteRef.conversionStrategy", "spec.data[0].secretKey"], errors.Select(error => error.Field));
    }

    [Fact]
    public void Apply_StatusConditionWithoutType_ReportsRequired()
    {
        var resource = ExternalSecretObject("{}");
        resource["status"] = JsonNode.Parse("""{"conditions": [{"status": "True"}], "refreshTime": "yesterday"}""");

        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        Assert.Equal(["status.conditions[0].type", "status.refreshTime"], errors.Select(error => error.Field));
        Assert.Equal("""Invalid value: "yesterday": status.refreshTime in body must be of type date-time: "yesterday" """.TrimEnd(), errors[1].Message);
    }

    [Fact]
    public void Apply_BadValue_CarriesRawValue()
    {
        var resource = ExternalSecretObject("""{"target": {"creationPolicy": "Foo"}}""");

        var error = Assert.Single(ExternalSecret().Apply(resource, SchemaApplyMode.Strict));

        Assert.Equal("Foo", error.BadValue);
        Assert.Equal("""spec.target.creationPolicy: Unsupported value: "Foo": supported values: "Owner", "Orphan", "Merge", "None", "CreateOrMerge" """.TrimEnd(), error.ToString());
    }

    [Fact]
    public void Parse_InvalidPattern_ThrowsWithLocation()
    {
        var schema = JsonNode.Parse("""{"type": "object", "properties": {"spec": {"type": "object", "properties": {"name": {"type": "string", "pattern": "([a-z"}}}}}""")!;

        var exception = Assert.Throws<SchemaParseException>(() => StructuralSchema.Parse(schema));

        Assert.Equal("openAPIV3Schema.properties.spec.properties.name.pattern", exception.SchemaPath);
        Assert.Contains("\"([a-z\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeywordOfWrongType_Throws()
    {
        var schema = JsonNode.Parse("""{"type": "object", "properties": {"spec": {"type": "object", "required": "name"}}}""")!;

        var exception = Assert.Throws<SchemaParseException>(() => StructuralSchema.Parse(schema));

        Assert.Equal("openAPIV3Schema.properties.spec.required", exception.SchemaPath);
    }

    [Fact]
    public void Apply_GoNamedGroupPattern_Compiles()
    {
        var schema = StructuralSchema.Parse(JsonNode.Parse("""{"type": "object", "properties": {"spec": {"type": "object", "properties": {"v": {"type": "string", "pattern": "^(?P<major>[0-9]+)$"}}}}}""")!);
        var resource = new JsonObject { ["spec"] = JsonNode.Parse("""{"v": "x1"}""") };

        var error = Assert.Single(schema.Apply(resource, SchemaApplyMode.Strict));

        Assert.Equal("spec.v", error.Field);
    }
}
