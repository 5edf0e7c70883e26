using Kube.Emulator.Schema.Internal;

namespace Kube.Emulator.Schema;

/// <summary>The standard columns: Name, the CRD default Age, and the columns of built-in kinds.</summary>
public static partial class TableBuilder
{
    /// <summary>The Name column every CRD Table starts with.</summary>
    public static PrinterColumn NameColumn { get; } =
        new("Name", "string", "name", "The object name, unique per namespace for namespaced resources.", 0, ".metadata.name");

    /// <summary>The column the API server serves for a CRD version that declares no printer columns.</summary>
    public static PrinterColumn CustomResourceAgeColumn { get; } =
        new("Age", "date", "", "Time since the object was created (metadata.creationTimestamp).", 0, ".metadata.creationTimestamp");

    /// <summary>
    /// Returns the columns (after Name) that the API server prints for a built-in kind: Secret, ConfigMap,
    /// Namespace, Event, Lease, Deployment, StatefulSet, DaemonSet, CustomResourceDefinition. Any other kind gets
    /// the API server's generic <c>Created At</c> column.
    /// </summary>
    /// <remarks>
    /// Event starts with its own columns and ends with a Name column of priority 1, as in the API server, so
    /// <see cref="Build(IReadOnlyList{PrinterColumn}, IEnumerable{System.Text.Json.Nodes.JsonObject}, string, bool, TimeProvider)"/>
    /// adds no leading Name column for it.
    /// </remarks>
    /// <param name="kind">The kind, such as <c>Secret</c>.</param>
    public static IReadOnlyList<PrinterColumn> DefaultColumns(string kind) => kind switch
    {
        "Secret" => BuiltInColumns.Secret,
        "ConfigMap" => BuiltInColumns.ConfigMap,
        "Namespace" => BuiltInColumns.Namespace,
        "Event" => BuiltInColumns.Event,
        "Lease" => BuiltInColumns.Lease,
        "Deployment" => BuiltInColumns.Deployment,
        "StatefulSet" => BuiltInColumns.StatefulSet,
        "DaemonSet" => BuiltInColumns.DaemonSet,
        _ => BuiltInColumns.CreatedAt,
    };
}
