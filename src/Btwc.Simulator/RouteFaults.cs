namespace Btwc.Simulator;

/// <summary>
/// The faults injected on a route. Each fraction (0 to 1) is the share of requests that get that fault, drawn
/// independently per request; their sum must not exceed 1. Faulted requests never reach authentication, never
/// mint credentials and never record a lease id. The defaults inject nothing.
/// </summary>
public sealed record RouteFaults
{
    /// <summary>The default size of an oversized body: 11 MiB, over the 10 MiB cap clients use.</summary>
    public const long DefaultOversizedBodyBytes = 11L * 1024 * 1024;

    /// <summary>Delay added before every request on the route is handled. Default zero.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Share of requests that get 429 with <c>Retry-After</c>. Default 0.</summary>
    public double TooManyRequestsFraction { get; init; }

    /// <summary>The <c>Retry-After</c> seconds sent with injected 429 responses. Default 1.</summary>
    public int TooManyRequestsRetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of requests that get 500. Default 0.</summary>
    public double InternalServerErrorFraction { get; init; }

    /// <summary>Share of requests that get 503. Default 0.</summary>
    public double ServiceUnavailableFraction { get; init; }

    /// <summary>The <c>Retry-After</c> seconds sent with injected 503 responses; default <see langword="null"/> sends none.</summary>
    public int? ServiceUnavailableRetryAfterSeconds { get; init; }

    /// <summary>Share of requests that get the route's success status and a truncated JSON body. Default 0.</summary>
    public double MalformedJsonFraction { get; init; }

    /// <summary>
    /// Share of requests that get the route's success status and a JSON error body
    /// (<c>{"error":"internal_error",...}</c>), as list responses of the real API sometimes are. Default 0.
    /// </summary>
    public double ErrorBodyFraction { get; init; }

    /// <summary>Share of requests that get the route's success status and a body of <see cref="OversizedBodyBytes"/>. Default 0.</summary>
    public double OversizedBodyFraction { get; init; }

    /// <summary>The size of an oversized body in bytes. Default <see cref="DefaultOversizedBodyBytes"/>.</summary>
    public long OversizedBodyBytes { get; init; } = DefaultOversizedBodyBytes;

    /// <summary>Whether an oversized body declares its size in <c>Content-Length</c>. Default <see langword="false"/> (streamed, chunked on HTTP/1.1).</summary>
    public bool OversizedBodyDeclaresLength { get; init; }

    /// <summary>Share of requests whose connection (or HTTP/2 stream) is aborted without a response. Default 0.</summary>
    public double DroppedConnectionFraction { get; init; }

    internal bool InjectsAnything =>
        Latency > TimeSpan.Zero || TooManyRequestsFraction > 0 || InternalServerErrorFraction > 0 || ServiceUnavailableFraction > 0
        || MalformedJsonFraction > 0 || ErrorBodyFraction > 0 || OversizedBodyFraction > 0 || DroppedConnectionFraction > 0;

    internal void Validate()
    {
        double[] fractions = [TooManyRequestsFraction, InternalServerErrorFraction, ServiceUnavailableFraction, MalformedJsonFraction, ErrorBodyFraction, OversizedBodyFraction, DroppedConnectionFraction];
        if (fractions.Any(f => double.IsNaN(f) || f < 0 || f > 1) || fractions.Sum() > 1 + 1e-9)
        {
            throw new ArgumentException($"Fault fractions [{string.Join(", ", fractions)}] are invalid: each must be between 0 and 1 and their sum at most 1.");
        }

        if (Latency < TimeSpan.Zero || TooManyRequestsRetryAfterSeconds < 0 || ServiceUnavailableRetryAfterSeconds < 0 || OversizedBodyBytes < 0)
        {
            throw new ArgumentException("Latency, Retry-After seconds and OversizedBodyBytes must not be negative.");
        }
    }
}
