using Btwc.Simulator.Internal;

namespace Btwc.Simulator;

/// <summary>
/// Fault injection for the tenant routes. A <see langword="null"/> route means every route. Thread-safe;
/// changes apply to the next request. Draws are reproducible when <see cref="SimulatorOptions.RandomSeed"/> is set.
/// </summary>
public sealed partial class SimulatorFaults
{
    private static readonly SimulatorRoute[] AllRoutes = Enum.GetValues<SimulatorRoute>();

    private readonly RouteFaults?[] _plans = new RouteFaults?[AllRoutes.Length];
    private readonly FailNextRule?[] _failNext = new FailNextRule?[AllRoutes.Length];
    private readonly SimulatorRandom _random;
    private readonly Lock _gate = new();
    private FailNextRule? _failNextAnyRoute;
    private TokenRateLimit? _tokenRateLimit;
    private long _rateLimitGeneration;
    private volatile bool _active;

    internal SimulatorFaults(SimulatorRandom random)
    {
        _random = random;
    }

    /// <summary>Replaces the faults of a route, or of every route when <paramref name="route"/> is <see langword="null"/>.</summary>
    /// <param name="faults">The faults to inject.</param>
    /// <param name="route">The route, or <see langword="null"/> for every route.</param>
    public void Set(RouteFaults faults, SimulatorRoute? route = null)
    {
        ArgumentNullException.ThrowIfNull(faults);
        faults.Validate();
        lock (_gate)
        {
            foreach (var target in Targets(route))
            {
                _plans[(int)target] = faults;
            }

            Refresh();
        }
    }

    /// <summary>Changes the faults of a route (or every route) from their current value.</summary>
    /// <param name="route">The route, or <see langword="null"/> for every route.</param>
    /// <param name="change">Returns the new faults from the current ones, for example <c>f => f with { Latency = ... }</c>.</param>
    public void Update(SimulatorRoute? route, Func<RouteFaults, RouteFaults> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            foreach (var target in Targets(route))
            {
                var next = change(_plans[(int)target] ?? new RouteFaults());
                next.Validate();
                _plans[(int)target] = next;
            }

            Refresh();
        }
    }

    /// <summary>Returns the faults of a route (defaults when none are set).</summary>
    /// <param name="route">The route.</param>
    /// <returns>The current faults.</returns>
    public RouteFaults Get(SimulatorRoute route) => _plans[(int)route] ?? new RouteFaults();

    /// <summary>Adds a fixed delay before every request on a route (or every route).</summary>
    /// <param name="latency">The delay, measured on <see cref="SimulatorOptions.TimeProvider"/>.</param>
    /// <param name="route">The route, or <see langword="null"/> for every route.</param>
    public void SetLatency(TimeSpan latency, SimulatorRoute? route = null) => Update(route, f => f with { Latency = latency });

    /// <summary>Fails the next <paramref name="count"/> requests on a route (or on any route) with <paramref name="statusCode"/>.</summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="statusCode">The HTTP status to send, 400 to 599.</param>
    /// <param name="route">The route, or <see langword="null"/> for whichever routes come next.</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> seconds to send; default 1 for 429 and none otherwise.</param>
    public void FailNext(int count, int statusCode, SimulatorRoute? route = null, int? retryAfterSeconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, $"Status '{statusCode}' is invalid for an injected failure: use 400 to 599.");
        }

        var rule = new FailNextRule(count, statusCode, retryAfterSeconds ?? (statusCode == 429 ? 1 : null));
        lock (_gate)
        {
            if (route is { } target)
            {
                _failNext[(int)target] = rule;
            }
            else
            {
                _failNextAnyRoute = rule;
            }

            Refresh();
        }
    }

    /// <summary>
    /// Limits each token to <paramref name="requestsPerSecond"/> requests per second across all routes (a token
    /// bucket holding up to one second of requests); beyond it, 429 with <c>Retry-After</c>. <see langword="null"/> removes the limit.
    /// </summary>
    /// <param name="requestsPerSecond">The rate, more than 0, or <see langword="null"/>.</param>
    public void SetTokenRateLimit(double? requestsPerSecond)
    {
        if (requestsPerSecond is { } rate && (double.IsNaN(rate) || rate <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), rate, $"Rate limit '{rate}' is invalid: use a positive number of requests per second, or null for no limit.");
        }

        lock (_gate)
        {
            _rateLimitGeneration++;
            _tokenRateLimit = requestsPerSecond is { } value ? new TokenRateLimit(value, _rateLimitGeneration) : null;
            Refresh();
        }
    }

    /// <summary>Removes every fault, pending failure and rate limit.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_plans);
            Array.Clear(_failNext);
            _failNextAnyRoute = null;
            _rateLimitGeneration++;
            _tokenRateLimit = null;
            Refresh();
        }
    }

    private static IEnumerable<SimulatorRoute> Targets(SimulatorRoute? route) => route is { } one ? [one] : AllRoutes;

    private void Refresh() =>
        _active = _plans.Any(p => p is { InjectsAnything: true }) || _failNext.Any(r => r is { IsSpent: false })
            || _failNextAnyRoute is { IsSpent: false } || _tokenRateLimit is not null;
}
