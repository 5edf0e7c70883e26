using Btwc.Operator.Api.ExternalSecrets;

namespace Btwc.Operator.Hosting;

/// <summary>
/// The freshness of the credentials recorded in ExternalSecret statuses, for the gauges an alert can watch:
/// how many have expired and how long until the earliest expiration.
/// </summary>
/// <param name="WithExpiration">ExternalSecrets whose status records a lease expiration.</param>
/// <param name="Expired">Those whose expiration is at or before now.</param>
/// <param name="EarliestRemaining">Time until the earliest expiration (negative once it has passed), or null when none is recorded.</param>
public sealed record FleetFreshness(int WithExpiration, int Expired, TimeSpan? EarliestRemaining)
{
    /// <summary>Summarizes <paramref name="externalSecrets"/> at <paramref name="now"/>.</summary>
    public static FleetFreshness Summarize(IEnumerable<ExternalSecret> externalSecrets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(externalSecrets);
        var withExpiration = 0;
        var expired = 0;
        TimeSpan? earliest = null;
        foreach (var externalSecret in externalSecrets)
        {
            if (externalSecret.Status?.Lease?.Expiration is not { } expiration)
            {
                continue;
            }

            var remaining = new DateTimeOffset(DateTime.SpecifyKind(expiration, DateTimeKind.Utc)) - now;
            withExpiration++;
            expired += remaining <= TimeSpan.Zero ? 1 : 0;
            earliest = earliest is { } current && current <= remaining ? current : remaining;
        }

        return new FleetFreshness(withExpiration, expired, earliest);
    }
}
