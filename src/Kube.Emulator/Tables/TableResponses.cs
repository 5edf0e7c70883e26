using System.Text.Json.Nodes;
using Kube.Emulator.Resources;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Tables;

/// <summary>Builds the meta.k8s.io/v1 Table of a resource: a CRD's printer columns or a built-in kind's columns.</summary>
internal static class TableResponses
{
    public static JsonObject Build(ResourceType type, IEnumerable<JsonObject> objects, string resourceVersion, string? includeObject, TimeProvider time)
    {
        IReadOnlyList<PrinterColumn> columns = type.Custom is { } custom ? custom.PrinterColumns : TableBuilder.DefaultColumns(type.Kind);
        TableIncludeObject include = includeObject switch
        {
            "None" => TableIncludeObject.None,
            "Object" => TableIncludeObject.Object,
            _ => TableIncludeObject.Metadata,
        };

        return TableBuilder.Build(columns, objects, resourceVersion, include, time);
    }
}
