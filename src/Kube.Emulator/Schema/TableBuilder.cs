using System.Text.Json.Nodes;
using Kube.Emulator.Schema.Internal;

namespace Kube.Emulator.Schema;

/// <summary>
/// Builds <c>meta.k8s.io/v1</c> <c>Table</c> responses, the form kubectl requests with
/// <c>Accept: application/json;as=Table;v=v1;g=meta.k8s.io</c>.
/// </summary>
public static partial class TableBuilder
{
    /// <summary>
    /// Builds a Table as the API server does for a CustomResourceDefinition version: a <c>Name</c> column
    /// first, then <paramref name="columns"/>; when <paramref name="columns"/> is empty, a single <c>Age</c>
    /// column (the API server adds <c>Age</c> only when a CRD declares no printer columns).
    /// </summary>
    /// <param name="columns">The printer columns; when one has format <c>name</c>, no Name column is added.</param>
    /// <param name="objects">The objects, one row each, in order.</param>
    /// <param name="resourceVersion">The list resourceVersion, put in the Table's metadata.</param>
    /// <param name="includeObject">True to attach each object's metadata as a <c>PartialObjectMetadata</c>.</param>
    /// <param name="time">The clock that ages in <c>date</c> cells are computed against.</param>
    public static JsonObject Build(IReadOnlyList<PrinterColumn> columns, IEnumerable<JsonObject> objects, string resourceVersion, bool includeObject, TimeProvider time) =>
        Build(columns, objects, resourceVersion, includeObject ? TableIncludeObject.Metadata : TableIncludeObject.None, time);

    /// <summary>Builds a Table with the row objects that <paramref name="includeObject"/> selects.</summary>
    /// <param name="columns">The printer columns; when one has format <c>name</c>, no Name column is added.</param>
    /// <param name="objects">The objects, one row each, in order.</param>
    /// <param name="resourceVersion">The list resourceVersion, put in the Table's metadata.</param>
    /// <param name="includeObject">What each row carries in <c>object</c>.</param>
    /// <param name="time">The clock that ages in <c>date</c> cells are computed against.</param>
    public static JsonObject Build(IReadOnlyList<PrinterColumn> columns, IEnumerable<JsonObject> objects, string resourceVersion, TableIncludeObject includeObject, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(time);
        var effective = EffectiveColumns(columns);
        var now = time.GetUtcNow();

        var definitions = new JsonArray();
        foreach (var column in effective)
        {
            definitions.Add(ColumnDefinition(column));
        }

        var rows = new JsonArray();
        foreach (var resource in objects)
        {
            rows.Add(Row(effective, resource, includeObject, now));
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion },
            ["columnDefinitions"] = definitions,
            ["rows"] = rows,
        };
    }

    private static List<PrinterColumn> EffectiveColumns(IReadOnlyList<PrinterColumn> columns)
    {
        var effective = new List<PrinterColumn>();
        if (!columns.Any(column => column.Format == "name"))
        {
            effective.Add(NameColumn);
        }

        effective.AddRange(columns.Count == 0 ? [CustomResourceAgeColumn] : columns);

        return effective;
    }

    private static JsonObject ColumnDefinition(PrinterColumn column) => new()
    {
        ["name"] = column.Name,
        ["type"] = column.Type,
        ["format"] = column.Format,
        ["description"] = column.Description.Length > 0
            ? column.Description
            : $"Custom resource definition column (in JSONPath format): {column.JsonPath}",
        ["priority"] = column.Priority,
    };

    private static JsonObject Row(List<PrinterColumn> columns, JsonObject resource, TableIncludeObject includeObject, DateTimeOffset now)
    {
        var cells = new JsonArray();
        foreach (var column in columns)
        {
            cells.Add(TableCells.Cell(column, resource, now));
        }

        var row = new JsonObject { ["cells"] = cells };
        switch (includeObject)
        {
            case TableIncludeObject.Metadata:
                row["object"] = new JsonObject
                {
                    ["kind"] = "PartialObjectMetadata",
                    ["apiVersion"] = "meta.k8s.io/v1",
                    ["metadata"] = resource["metadata"]?.DeepClone() ?? new JsonObject(),
                };
                break;
            case TableIncludeObject.Object:
                row["object"] = resource.DeepClone();
                break;
        }

        return row;
    }
}
