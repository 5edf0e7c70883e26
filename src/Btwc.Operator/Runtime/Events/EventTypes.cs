namespace Btwc.Operator.Runtime.Events;

/// <summary>The values of a core v1 Event's <c>type</c> field.</summary>
public static class EventTypes
{
    /// <summary>An event about expected behaviour, for example a successful sync.</summary>
    public const string Normal = "Normal";

    /// <summary>An event a user should look at, for example a failed sync.</summary>
    public const string Warning = "Warning";
}
