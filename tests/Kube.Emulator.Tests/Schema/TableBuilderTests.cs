using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kube.Emulator.Schema;
using Microsoft.Extensions.Time.Testing;

namespace Kube.Emulator.Tests.Schema;

public sealed class TableBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The ExternalSecret v1 printer columns as ESO declares them.
    private static readonly PrinterColumn[] ExternalSecretColumns =
    [
        new("StoreType", "string", "", "", 1, ".spec.secretStoreRef.kind"),
        new("Store", "string", "", "", 0, ".spec.secretStoreRef.name"),
        new("Refresh Interval", "string", "", "", 0, ".spec.refreshInterval"),
        new("Status", "string", "", "", 0, ".status.conditions[?(@.type==\"Ready\")].reason"),
        new("Ready", "string", "", "", 0, ".status.conditions[?(@.type==\"Ready\")].status"),
        new("Last Sync", "date", "", "", 0, ".status.refreshTime"),
    ];

    private static JsonObject ExternalSecret(string name, string? refreshTime) => JsonNode.Parse($$"""
        {
          "apiVersion": "external-secrets.io/v1",
          "kind": "ExternalSecret",
          "metadata": {"name": "{{name}}", "namespace": "default", "uid": "u-{{name}}", "resourceVersion": "7", "creationTimestamp": "2026-12-04T19:00:00Z"},
          "spec": {"secretStoreRef": {"kind": "SecretStore", "name": "btwc"}, "refreshInterval": "1h0m0s"},
          "status": {
            "refreshTime": {{(refreshTime is null ? "null" : $"\"{refreshTime}\"")}},
            "conditions": [{"type": "Ready", "status": "True", "reason": "SecretSynced"}]
          }
        }
        """)!.AsObject();

    private static JsonObject Build(IReadOnlyList<PrinterColumn> columns, bool includeObject, params JsonObject[] objects) =>
        TableBuilder.Build(columns, objects, "42", includeObject, new FakeTimeProvider(Now));

    private static string[] ColumnNames(JsonObject table) =>
        table["columnDefinitions"]!.AsArray().Select(column => column!["name"]!.GetValue<string>()).ToArray();

    private static JsonArray Cells(JsonObject table, int row) => table["rows"]![row]!["cells"]!.AsArray();

    // Writes < and > unescaped, so expected cells read as kubectl prints them.
    private static string Text(JsonNode node) => node.ToJsonString(RelaxedJson);

    [Fact]
    public void Build_CrdColumns_NameFirstThenDeclaredOrder()
    {
        var table = Build(ExternalSecretColumns, includeObject: false, ExternalSecret("es1", "2026-12-04T19:55:00Z"));

        Assert.Equal(["Name", "StoreType", "Store", "Refresh Interval", "Status", "Ready", "Last Sync"], ColumnNames(table));
    }

    [Fact]
    public void Build_CrdColumns_RowCellsMatchColumns()
    {
        var table = Build(ExternalSecretColumns, includeObject: false, ExternalSecret("es1", "2026-12-04T19:55:00Z"));

        Assert.Equal("""["es1","SecretStore","btwc","1h0m0s","SecretSynced","True","5m"]""", Text(Cells(table, 0)));
    }

    [Fact]
    public void Build_Envelope_IsMetaV1Table()
    {
        var table = Build(ExternalSecretColumns, includeObject: false);

        Assert.Equal("Table", table["kind"]!.GetValue<string>());
        Assert.Equal("meta.k8s.io/v1", table["apiVersion"]!.GetValue<string>());
        Assert.Equal("42", table["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Empty(table["rows"]!.AsArray());
    }

    [Fact]
    public void Build_ColumnDefinition_KeepsPriorityTypeAndFormat()
    {
        var table = Build(ExternalSecretColumns, includeObject: false);

        var definitions = table["columnDefinitions"]!.AsArray();
        Assert.Equal("""{"name":"Name","type":"string","format":"name","description":"The object name, unique per namespace for namespaced resources.","priority":0}""", definitions[0]!.ToJsonString());
        Assert.Equal(1, definitions[1]!["priority"]!.GetValue<int>());
        Assert.Equal("date", definitions[6]!["type"]!.GetValue<string>());
        Assert.Equal("Custom resource definition column (in JSONPath format): .spec.secretStoreRef.name", definitions[2]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void Build_NoColumns_AddsAge()
    {
        var table = Build([], includeObject: false, ExternalSecret("es1", null));

        Assert.Equal(["Name", "Age"], ColumnNames(table));
        Assert.Equal("date", table["columnDefinitions"]![1]!["type"]!.GetValue<string>());
        Assert.Equal("""["es1","60m"]""", Text(Cells(table, 0)));
    }

    [Fact]
    public void Build_DeclaredColumnsWithoutAge_AddsNoAge()
    {
        var columns = new[] { new PrinterColumn("Store", "string", "", "", 0, ".spec.secretStoreRef.name") };

        var table = Build(columns, includeObject: false, ExternalSecret("es1", null));

        Assert.Equal(["Name", "Store"], ColumnNames(table));
    }

    [Fact]
    public void Build_MissingAndNullValues_AreNullCells()
    {
        var table = Build(ExternalSecretColumns, includeObject: false, ExternalSecret("es1", null));

        var cells = Cells(table, 0);
        Assert.Null(cells[6]);
        Assert.Equal(7, cells.Count);
    }

    [Fact]
    public void Build_TypedColumns_ProduceJsonTypes()
    {
        PrinterColumn[] columns =
        [
            new("Replicas", "integer", "", "", 0, ".spec.replicas"),
            new("Ratio", "number", "", "", 0, ".spec.ratio"),
            new("Enabled", "boolean", "", "", 0, ".spec.enabled"),
            new("Config", "string", "", "", 0, ".spec.config"),
            new("Since", "date", "", "", 0, ".spec.since"),
            new("Broken", "date", "", "", 0, ".spec.broken"),
            new("WrongType", "integer", "", "", 0, ".spec.enabled"),
        ];
        var resource = JsonNode.Parse("""
            {"metadata": {"name": "w"}, "spec": {"replicas": 3, "ratio": 2, "enabled": true, "config": {"b": 1, "a": [true]},
              "since": "2026-12-01T20:00:00Z", "broken": "yesterday"}}
            """)!.AsObject();

        var table = Build(columns, includeObject: false, resource);

        Assert.Equal("""["w",3,2,true,"{\"a\":[true],\"b\":1}","3d","<invalid>",null]""", Text(Cells(table, 0)));
    }

    [Fact]
    public void Build_IncludeObject_AttachesPartialObjectMetadata()
    {
        var resource = ExternalSecret("es1", null);

        var table = Build(ExternalSecretColumns, includeObject: true, resource);

        var attached = table["rows"]![0]!["object"]!;
        Assert.Equal("PartialObjectMetadata", attached["kind"]!.GetValue<string>());
        Assert.Equal("meta.k8s.io/v1", attached["apiVersion"]!.GetValue<string>());
        Assert.Equal(resource["metadata"]!.ToJsonString(), attached["metadata"]!.ToJsonString());
        Assert.Null(attached["spec"]);
    }

    [Fact]
    public void Build_ExcludeObject_OmitsObject()
    {
        var table = Build(ExternalSecretColumns, includeObject: false, ExternalSecret("es1", null));

        Assert.False(table["rows"]![0]!.AsObject().ContainsKey("object"));
    }

    [Fact]
    public void Build_IncludeWholeObject_CopiesObject()
    {
        var resource = ExternalSecret("es1", null);

        var table = TableBuilder.Build(ExternalSecretColumns, [resource], "1", TableIncludeObject.Object, new FakeTimeProvider(Now));

        Assert.Equal(resource.ToJsonString(), table["rows"]![0]!["object"]!.ToJsonString());
    }

    [Fact]
    public void Build_Rows_FollowObjectOrder()
    {
        var table = Build(ExternalSecretColumns, includeObject: false, ExternalSecret("b", null), ExternalSecret("a", null));

        Assert.Equal("b", Cells(table, 0)[0]!.GetValue<string>());
        Assert.Equal("a", Cells(table, 1)[0]!.GetValue<string>());
    }

    [Fact]
    public void DefaultColumns_Secret_TypeDataAge()
    {
        var secret = JsonNode.Parse("""
            {"metadata": {"name": "db", "creationTimestamp": "2026-12-04T17:30:00Z"}, "type": "Opaque", "data": {"user": "YQ==", "pass": "Yg=="}}
            """)!.AsObject();

        var table = Build(TableBuilder.DefaultColumns("Secret"), includeObject: false, secret);

        Assert.Equal(["Name", "Type", "Data", "Age"], ColumnNames(table));
        Assert.Equal("""["db","Opaque",2,"150m"]""", Text(Cells(table, 0)));
    }

    [Fact]
    public void DefaultColumns_ConfigMap_CountsBothMaps()
    {
        var configMap = JsonNode.Parse("""{"metadata": {"name": "c"}, "data": {"a": "1"}, "binaryData": {"b": "AA=="}}""")!.AsObject();

        var table = Build(TableBuilder.DefaultColumns("ConfigMap"), includeObject: false, configMap);

        Assert.Equal("""["c",2,"<unknown>"]""", Text(Cells(table, 0)));
    }

    [Fact]
    public void DefaultColumns_Event_EndsWithWideName()
    {
        var coreEvent = JsonNode.Parse("""
            {"metadata": {"name": "es1.1", "creationTimestamp": "2026-12-04T19:00:00Z"}, "type": "Warning", "reason": "UpdateFailed",
             "message": " could not get secret data from provider ", "involvedObject": {"kind": "ExternalSecret", "name": "es1"},
             "source": {"component": "external-secrets"}, "firstTimestamp": "2026-12-04T19:50:00Z", "lastTimestamp": "2026-12-04T19:59:00Z", "count": 4}
            """)!.AsObject();

        var table = Build(TableBuilder.DefaultColumns("Event"), includeObject: false, coreEvent);

        Assert.Equal(["Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name"], ColumnNames(table));
        Assert.Equal("""["60s","Warning","UpdateFailed","externalsecret/es1",null,"external-secrets","could not get secret data from provider","10m",4,"es1.1"]""", Text(Cells(table, 0)));
    }

    [Fact]
    public void DefaultColumns_EventsV1_ReadsNewFields()
    {
        var eventsEvent = JsonNode.Parse("""
            {"metadata": {"name": "e"}, "type": "Normal", "reason": "Updated", "note": "secret synced", "regarding": {"kind": "ExternalSecret", "name": "es1"},
             "reportingController": "btwc-operator", "eventTime": "2026-12-04T19:59:30.000000Z", "series": {"count": 3, "lastObservedTime": "2026-12-04T19:59:50.000000Z"}}
            """)!.AsObject();

        var table = Build(TableBuilder.DefaultColumns("Event"), includeObject: false, eventsEvent);

        Assert.Equal("""["10s","Normal","Updated","externalsecret/es1",null,"btwc-operator","secret synced","30s",3,"e"]""", Text(Cells(table, 0)));
    }

    public static TheoryData<string, string, string> BuiltInRows => new()
    {
        // kind, object JSON, expected cells
        { "Namespace", """{"metadata": {"name": "default", "creationTimestamp": "2026-12-01T20:00:00Z"}, "status": {"phase": "Active"}}""", """["default","Active","3d"]""" },
        { "Lease", """{"metadata": {"name": "btwc-operator"}, "spec": {"holderIdentity": "pod-a"}}""", """["btwc-operator","pod-a","<unknown>"]""" },
        { "Deployment", """{"metadata": {"name": "app"}, "spec": {"replicas": 3}, "status": {"readyReplicas": 2, "updatedReplicas": 3, "availableReplicas": 2}}""", """["app","2/3",3,2,"<unknown>"]""" },
        { "StatefulSet", """{"metadata": {"name": "db"}, "spec": {"replicas": 1}}""", """["db","0/1","<unknown>"]""" },
        { "DaemonSet", """{"metadata": {"name": "agent"}, "spec": {"template": {"spec": {"nodeSelector": {"os": "linux"}}}}, "status": {"desiredNumberScheduled": 2, "currentNumberScheduled": 2, "numberReady": 1, "updatedNumberScheduled": 2, "numberAvailable": 1}}""", """["agent",2,2,1,2,1,"os=linux","<unknown>"]""" },
        { "CustomResourceDefinition", """{"metadata": {"name": "externalsecrets.external-secrets.io", "creationTimestamp": "2026-12-04T19:00:00.123Z"}}""", """["externalsecrets.external-secrets.io","2026-12-04T19:00:00Z"]""" },
    };

    [Theory]
    [MemberData(nameof(BuiltInRows))]
    public void DefaultColumns_BuiltIn_RowAsApiServer(string kind, string objectJson, string expectedCells)
    {
        var resource = JsonNode.Parse(objectJson)!.AsObject();

        var table = Build(TableBuilder.DefaultColumns(kind), includeObject: false, resource);

        Assert.Equal(expectedCells, Text(Cells(table, 0)));
    }
}
