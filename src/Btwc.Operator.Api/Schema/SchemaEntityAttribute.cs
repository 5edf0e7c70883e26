namespace Btwc.Operator.Api.Schema;

/// <summary>Describes how a custom resource type is served: the CRD's names, scope and printer columns come from it.</summary>
/// <param name="singular">The singular resource name, in lower case.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CustomResourceAttribute(string singular) : Attribute
{
    /// <summary>The singular resource name, in lower case.</summary>
    public string Singular { get; } = singular;

    /// <summary>Whether the resource is cluster-scoped rather than namespaced. Default: false.</summary>
    public bool ClusterScoped { get; init; }

    /// <summary>The short names <c>kubectl</c> accepts, such as <c>es</c>.</summary>
    public string[] ShortNames { get; init; } = [];

    /// <summary>The categories the resource belongs to, such as <c>external-secrets</c>.</summary>
    public string[] Categories { get; init; } = [];

    /// <summary>Whether <c>status</c> is a subresource, written only through <c>/status</c>. Default: true.</summary>
    public bool StatusSubresource { get; init; } = true;
}

/// <summary>Adds a column to <c>kubectl get</c> output for the resource.</summary>
/// <param name="name">The column header.</param>
/// <param name="jsonPath">The JSONPath of the value, relative to the object.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class PrinterColumnAttribute(string name, string jsonPath) : Attribute
{
    /// <summary>The column header.</summary>
    public string Name { get; } = name;

    /// <summary>The JSONPath of the value.</summary>
    public string JsonPath { get; } = jsonPath;

    /// <summary>The OpenAPI type of the column: <c>string</c>, <c>date</c>, <c>integer</c>, <c>number</c> or <c>boolean</c>. Default: <c>string</c>.</summary>
    public string Type { get; init; } = "string";

    /// <summary>The column priority. 0 shows always, higher values only with <c>-o wide</c>. Default: 0.</summary>
    public int Priority { get; init; }

    /// <summary>The position of the column, lowest first. Attributes carry no order of their own.</summary>
    public int Order { get; init; }
}

/// <summary>Declares a field path that clients may use in a field selector.</summary>
/// <param name="jsonPath">The JSONPath of the field.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class SelectableFieldAttribute(string jsonPath) : Attribute
{
    /// <summary>The JSONPath of the field.</summary>
    public string JsonPath { get; } = jsonPath;
}
