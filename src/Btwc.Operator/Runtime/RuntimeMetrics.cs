namespace Btwc.Operator.Runtime;

/// <summary>Names shared by the runtime's metrics.</summary>
public static class RuntimeMetrics
{
    /// <summary>The name of the meter that every operator instrument belongs to: <c>Btwc.Operator</c>.</summary>
    public const string MeterName = "Btwc.Operator";
}
