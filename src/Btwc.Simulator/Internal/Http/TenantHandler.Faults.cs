using Microsoft.AspNetCore.Http;

namespace Btwc.Simulator.Internal.Http;

internal sealed partial class TenantHandler
{
    private const int PaddingChunkBytes = 64 * 1024;
    private static readonly byte[] Padding = CreatePadding();
    private static readonly byte[] MalformedBody = """{"secret":{"accessKeyId":"ASIA"""u8.ToArray();
    private static readonly byte[] OversizedPrefix = "{\"secret\":{\"padding\":\""u8.ToArray();
    private static readonly byte[] OversizedSuffix = "\"}}"u8.ToArray();

    /// <summary>Applies the route's latency and fault; returns the status sent when a fault replaced the response.</summary>
    private async Task<int?> InjectFaultAsync(HttpContext context, SimulatorRoute route)
    {
        var latency = faults.LatencyOf(route);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, time, context.RequestAborted).ConfigureAwait(false);
        }

        var decision = faults.Decide(route);
        if (decision.Kind != FaultKind.None)
        {
            Log.FaultInjected(logger, route, decision.Kind, decision.StatusCode);
        }

        var success = route == SimulatorRoute.DynamicGenerate ? generateStatusCode : StatusCodes.Status200OK;
        switch (decision.Kind)
        {
            case FaultKind.Status:
                var (error, code) = decision.StatusCode switch
                {
                    429 => ("rate_limited", "too_many_requests"),
                    500 => ("internal_error", "internal_server_error"),
                    503 => ("service_unavailable", "service_unavailable"),
                    _ => ("injected_fault", "injected_fault"),
                };
                var message = $"injected failure with status {decision.StatusCode}";

                return await ErrorAsync(context, decision.StatusCode, error, code, message, decision.RetryAfterSeconds).ConfigureAwait(false);
            case FaultKind.ErrorBody:
                await Responses.WriteErrorAsync(context, success, "internal_error", "injected_error_body", "injected error body with a success status").ConfigureAwait(false);

                return success;
            case FaultKind.MalformedJson:
                await Responses.WriteAsync(context, success, MalformedBody).ConfigureAwait(false);

                return success;
            case FaultKind.OversizedBody:
                await WriteOversizedAsync(context, success, decision).ConfigureAwait(false);

                return success;
            case FaultKind.DroppedConnection:
                context.Abort();

                return 0;
            default:
                return null;
        }
    }

    /// <summary>Streams a valid but huge JSON body from one shared padding buffer.</summary>
    private static async Task WriteOversizedAsync(HttpContext context, int status, FaultDecision decision)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        var total = Math.Max(decision.BodyBytes, OversizedPrefix.Length + OversizedSuffix.Length);
        if (decision.DeclareLength)
        {
            response.ContentLength = total;
        }

        var body = response.Body;
        var ct = context.RequestAborted;
        await body.WriteAsync(OversizedPrefix, ct).ConfigureAwait(false);
        var remaining = total - OversizedPrefix.Length - OversizedSuffix.Length;
        while (remaining > 0)
        {
            var chunk = (int)Math.Min(remaining, PaddingChunkBytes);
            await body.WriteAsync(Padding.AsMemory(0, chunk), ct).ConfigureAwait(false);
            remaining -= chunk;
        }

        await body.WriteAsync(OversizedSuffix, ct).ConfigureAwait(false);
    }

    private static byte[] CreatePadding()
    {
        var padding = new byte[PaddingChunkBytes];
        padding.AsSpan().Fill((byte)'x');

        return padding;
    }
}
