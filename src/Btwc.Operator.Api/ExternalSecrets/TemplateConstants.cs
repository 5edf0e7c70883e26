namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>Values of <c>spec.target.template.engineVersion</c>.</summary>
public static class TemplateEngineVersion
{
    /// <summary>The only template engine.</summary>
    public const string V2 = "v2";
}

/// <summary>Values of <c>spec.target.template.mergePolicy</c>.</summary>
public static class TemplateMergePolicy
{
    /// <summary>The templated data replaces the fetched data.</summary>
    public const string Replace = "Replace";

    /// <summary>The templated data is added to the fetched data.</summary>
    public const string Merge = "Merge";
}

/// <summary>Values of <c>templateAs</c> in a template reference.</summary>
public static class TemplateScope
{
    /// <summary>The template renders the value of its own key.</summary>
    public const string Values = "Values";

    /// <summary>The template renders YAML whose keys and values are added to the Secret.</summary>
    public const string KeysAndValues = "KeysAndValues";
}

/// <summary>Common values of <c>target</c> in a <c>templateFrom</c> entry. The schema accepts any string.</summary>
public static class TemplateTarget
{
    /// <summary>The rendered output goes to the Secret data.</summary>
    public const string Data = "Data";

    /// <summary>The rendered output goes to the Secret annotations.</summary>
    public const string Annotations = "Annotations";

    /// <summary>The rendered output goes to the Secret labels.</summary>
    public const string Labels = "Labels";
}

/// <summary>Values of <c>priorityPolicy</c> in a merge rewrite.</summary>
public static class MergePriorityPolicy
{
    /// <summary>A key in <c>priority</c> that does not exist is skipped.</summary>
    public const string IgnoreNotFound = "IgnoreNotFound";

    /// <summary>A key in <c>priority</c> that does not exist is an error.</summary>
    public const string Strict = "Strict";
}

/// <summary>Values of <c>conflictPolicy</c> in a merge rewrite.</summary>
public static class MergeConflictPolicy
{
    /// <summary>The later value wins a conflict.</summary>
    public const string Ignore = "Ignore";

    /// <summary>A conflict is an error.</summary>
    public const string Error = "Error";
}

/// <summary>Values of <c>strategy</c> in a merge rewrite.</summary>
public static class MergeStrategy
{
    /// <summary>Each field of the merged object becomes a key.</summary>
    public const string Extract = "Extract";

    /// <summary>The merged object is written as one JSON value.</summary>
    public const string Json = "JSON";
}
