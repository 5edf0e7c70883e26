using Btwc.Operator.Decisions.Jitter;

namespace Btwc.Operator.Decisions.Backoff;

/// <summary>
/// Plans the retry after a failed sync with exponential backoff and full jitter. The cap keeps a broken object
/// from calling the backend more often than a healthy one is refreshed, and the retry moves earlier when the
/// credential in the target is about to expire.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Transient and rate-limited failures: the ceiling doubles from 1 s per consecutive failure up to
/// min(5 min, refresh cadence), and the delay is drawn uniformly between 1 s and that ceiling.</item>
/// <item>Authentication failures: the same, from 30 s up to min(10 min, refresh cadence).</item>
/// <item>Configuration failures: the refresh cadence (1 h when refreshInterval is 0), because retrying sooner
/// cannot help.</item>
/// <item>Retry-After is a lower bound on every delay.</item>
/// <item>When the credential expires before the planned retry, the retry moves to half the time left (at
/// least 1 s) and is marked priority. When it has already expired, transient and rate-limited failures are
/// retried at least every 30 s. Authentication and configuration failures keep their slow pace.</item>
/// </list>
/// </remarks>
public sealed class RetryBackoff
{
    private readonly IJitterSource _jitter;
    private readonly RetryBackoffOptions _options;

    /// <summary>Creates a backoff drawing its jitter from <paramref name="jitter"/>.</summary>
    public RetryBackoff(IJitterSource jitter, RetryBackoffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(jitter);
        _jitter = jitter;
        _options = options ?? new RetryBackoffOptions();
    }

    /// <summary>Plans the next attempt.</summary>
    /// <param name="failureClass">How the last failure is classified.</param>
    /// <param name="failures">Consecutive failures so far, including this one (1 for the first).</param>
    /// <param name="refreshCadence">The object's own refresh cadence (its refresh interval, or the lease-based cadence when shorter). Null or zero when it has none.</param>
    /// <param name="leaseExpiresAt">When the credential in the target expires, if known.</param>
    /// <param name="now">The current time.</param>
    /// <param name="retryAfter">The server's Retry-After, if it sent one.</param>
    public RetryPlan Next(
        FailureClass failureClass,
        int failures,
        TimeSpan? refreshCadence,
        DateTimeOffset? leaseExpiresAt,
        DateTimeOffset now,
        TimeSpan? retryAfter = null)
    {
        var cadence = refreshCadence is { } value && value > TimeSpan.Zero ? value : (TimeSpan?)null;
        var delay = failureClass switch
        {
            FailureClass.Authentication => Exponential(failures, _options.AuthenticationBaseDelay, Cap(_options.AuthenticationMaxDelay, cadence)),
            FailureClass.Configuration => cadence ?? _options.ConfigurationRecheckDelay,
            _ => Exponential(failures, _options.BaseDelay, Cap(_options.MaxDelay, cadence)),
        };

        var priority = false;
        if (leaseExpiresAt is { } expiresAt && now + delay >= expiresAt)
        {
            priority = true;
            delay = ExpiringDelay(failureClass, delay, expiresAt - now);
        }

        if (retryAfter is { } minimum && delay < minimum)
        {
            delay = minimum;
        }

        return new RetryPlan(delay, now + delay, priority, failureClass == FailureClass.Configuration);
    }

    private TimeSpan ExpiringDelay(FailureClass failureClass, TimeSpan delay, TimeSpan remaining)
    {
        if (remaining > TimeSpan.Zero)
        {
            var early = remaining / 2;

            return Min(delay, early > _options.MinimumExpiringDelay ? early : _options.MinimumExpiringDelay);
        }

        var keepsPace = failureClass is FailureClass.Authentication or FailureClass.Configuration;

        return keepsPace ? delay : Min(delay, _options.ExpiredCredentialMaxDelay);
    }

    private TimeSpan Exponential(int failures, TimeSpan baseDelay, TimeSpan cap)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ceiling = Min(cap, TimeSpan.FromTicks(Math.Min(TimeSpan.MaxValue.Ticks / 2, baseDelay.Ticks * (1L << exponent))));
        if (ceiling <= baseDelay)
        {
            return ceiling;
        }

        return baseDelay + ((ceiling - baseDelay) * _jitter.NextUnit());
    }

    private static TimeSpan Cap(TimeSpan maximum, TimeSpan? cadence) => cadence is { } value ? Min(maximum, value) : maximum;

    private static TimeSpan Min(TimeSpan first, TimeSpan second) => first < second ? first : second;
}
