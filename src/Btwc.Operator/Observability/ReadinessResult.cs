namespace Btwc.Operator.Observability;

/// <summary>The outcome of a readiness check: ready, or not ready with a one-line reason.</summary>
/// <param name="IsReady">Whether the operator is ready.</param>
/// <param name="Reason">A one-line explanation, <c>ok</c> when ready.</param>
public readonly record struct ReadinessResult(bool IsReady, string Reason)
{
    /// <summary>Gets the result of a ready operator.</summary>
    public static ReadinessResult Ready { get; } = new(true, "ok");

    /// <summary>Creates the result of an operator that is not ready.</summary>
    /// <param name="reason">Why, in one line.</param>
    public static ReadinessResult NotReady(string reason) => new(false, reason);
}
