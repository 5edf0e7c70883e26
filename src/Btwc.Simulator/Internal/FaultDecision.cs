namespace Btwc.Simulator.Internal;

/// <summary>What fault, if any, a request gets.</summary>
internal enum FaultKind
{
    None,
    Status,
    MalformedJson,
    ErrorBody,
    OversizedBody,
    DroppedConnection,
}

/// <summary>The fault chosen for one request; <see cref="RetryAfterSeconds"/> is sent when set.</summary>
internal readonly record struct FaultDecision(FaultKind Kind, int StatusCode = 0, int? RetryAfterSeconds = null, long BodyBytes = 0, bool DeclareLength = false)
{
    public static FaultDecision None => default;
}
