using Btwc.Simulator.Internal;
using Btwc.Simulator.Internal.Model;

namespace Btwc.Simulator;

public sealed partial class SimulatorFaults
{
    /// <summary>Whether any fault is configured; lets the request path skip every other check.</summary>
    internal bool IsActive => _active;

    internal TimeSpan LatencyOf(SimulatorRoute route) => _plans[(int)route]?.Latency ?? TimeSpan.Zero;

    /// <summary>Chooses the fault for one request: pending failures first, then one draw against the fractions.</summary>
    internal FaultDecision Decide(SimulatorRoute route)
    {
        var rule = _failNext[(int)route];
        if (rule is not null && rule.TryConsume())
        {
            return new FaultDecision(FaultKind.Status, rule.StatusCode, rule.RetryAfterSeconds);
        }

        rule = _failNextAnyRoute;
        if (rule is not null && rule.TryConsume())
        {
            return new FaultDecision(FaultKind.Status, rule.StatusCode, rule.RetryAfterSeconds);
        }

        var plan = _plans[(int)route];

        return plan is { InjectsAnything: true } ? Draw(plan) : FaultDecision.None;
    }

    /// <summary>Applies the per-token rate limit; returns the Retry-After seconds when the request is over it.</summary>
    internal int? CheckRateLimit(TokenRecord token, TimeProvider time)
    {
        var limit = _tokenRateLimit;
        if (limit is null)
        {
            return null;
        }

        return token.Bucket.TryTake(limit.RequestsPerSecond, limit.Generation, time, out var retryAfter) ? null : retryAfter;
    }

    private FaultDecision Draw(RouteFaults plan)
    {
        var draw = _random.NextDouble();
        if ((draw -= plan.TooManyRequestsFraction) < 0)
        {
            return new FaultDecision(FaultKind.Status, 429, plan.TooManyRequestsRetryAfterSeconds);
        }

        if ((draw -= plan.InternalServerErrorFraction) < 0)
        {
            return new FaultDecision(FaultKind.Status, 500);
        }

        if ((draw -= plan.ServiceUnavailableFraction) < 0)
        {
            return new FaultDecision(FaultKind.Status, 503, plan.ServiceUnavailableRetryAfterSeconds);
        }

        if ((draw -= plan.MalformedJsonFraction) < 0)
        {
            return new FaultDecision(FaultKind.MalformedJson);
        }

        if ((draw -= plan.ErrorBodyFraction) < 0)
        {
            return new FaultDecision(FaultKind.ErrorBody);
        }

        if ((draw -= plan.OversizedBodyFraction) < 0)
        {
            return new FaultDecision(FaultKind.OversizedBody, BodyBytes: plan.OversizedBodyBytes, DeclareLength: plan.OversizedBodyDeclaresLength);
        }

        return (draw -= plan.DroppedConnectionFraction) < 0 ? new FaultDecision(FaultKind.DroppedConnection) : FaultDecision.None;
    }

    private sealed record TokenRateLimit(double RequestsPerSecond, long Generation);
}
