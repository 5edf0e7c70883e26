using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema;

/// <summary>
/// One Table column, as in <c>spec.versions[].additionalPrinterColumns</c> of a CustomResourceDefinition.
/// </summary>
/// <param name="Name">The column heading, such as <c>Ready</c>.</param>
/// <param name="Type">The OpenAPI type of the cells: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c> or <c>date</c>.</param>
/// <param name="Format">The OpenAPI format; <c>name</c> marks the column that contains the object name.</param>
/// <param name="Description">The column description shown by clients.</param>
/// <param name="Priority">0 for columns kubectl always shows; higher values only with <c>-o wide</c>.</param>
/// <param name="JsonPath">The JSONPath evaluated against each object, such as <c>.status.conditions[?(@.type=="Ready")].status</c>.</param>
public sealed record PrinterColumn(string Name, string Type, string Format, string Description, int Priority, string JsonPath)
{
    /// <summary>
    /// Computes the cell from the object and the current time instead of <see cref="JsonPath"/>, for the
    /// built-in columns that are not a plain field (a count of keys, <c>ready/desired</c>, an age).
    /// </summary>
    public Func<JsonObject, DateTimeOffset, JsonNode?>? Compute { get; init; }
}
