namespace Btwc.Operator.Decisions.Conditions;

/// <summary>ExternalSecret condition types (ESO wire values). Only <see cref="Ready"/> is ever stored.</summary>
public static class ConditionTypes
{
    /// <summary>The condition that reports whether the target is in sync.</summary>
    public const string Ready = "Ready";

    /// <summary>Used by ESO only in memory to clear metrics of a deleted ExternalSecret.</summary>
    public const string Deleted = "Deleted";
}

/// <summary>Kubernetes condition status values.</summary>
public static class ConditionStatuses
{
    /// <summary>The condition holds.</summary>
    public const string True = "True";

    /// <summary>The condition does not hold.</summary>
    public const string False = "False";

    /// <summary>The controller cannot tell.</summary>
    public const string Unknown = "Unknown";
}
