using System.Globalization;
using Btwc.Operator.Decisions.Durations;

namespace Btwc.Operator.Decisions.Scheduling;

public sealed partial class RefreshSchedule
{
    private RefreshPlan PlanExpiry(
        RefreshPlan plan,
        RefreshScheduleInput input,
        GeneratedLease lease,
        double? percent,
        TimeSpan? periodicInterval)
    {
        if (lease.Lifetime is not { } lifetime)
        {
            return plan with { ExpirationMissing = true, ExpirationWarning = ExpirationMessage(lease, periodicInterval) };
        }

        var fraction = LifetimeFraction(input.ObjectUid, lease, percent);
        var offset = Scale(lifetime, fraction);
        plan = plan with { ExpiryRefreshAt = lease.IssuedAt + offset, LifetimeFraction = fraction };
        if (periodicInterval is not { } interval || interval < lifetime || input.RefreshPolicy == RefreshPolicy.CreatedOnce)
        {
            return plan;
        }

        var percentText = (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture);
        var message =
            $"refreshInterval {GoDuration.Format(interval)} is not shorter than the credential lifetime {GoDuration.Format(WholeSeconds(lifetime))},"
            + $" so the operator refreshes at {percentText}% of the lifetime ({GoDuration.Format(WholeSeconds(offset))} after issue) instead."
            + " Set a shorter refreshInterval to silence this warning.";

        return plan with { IntervalExceedsLifetime = true, IntervalWarning = message };
    }

    private static string ExpirationMessage(GeneratedLease lease, TimeSpan? periodicInterval)
    {
        var fallback = periodicInterval is { } interval
            ? $"so the operator refreshes every refreshInterval ({GoDuration.Format(interval)}) only"
            : "and refreshInterval is 0, so the operator does not refresh it";
        var defect = (lease.ExpiresAt, lease.RawExpiration) switch
        {
            ({ } expiresAt, _) => string.Create(
                CultureInfo.InvariantCulture,
                $"The generated credential's expiration {expiresAt:yyyy-MM-dd'T'HH:mm:ssK} is not after its issue time {lease.IssuedAt:yyyy-MM-dd'T'HH:mm:ssK}"),
            (null, { Length: > 0 } raw) => $"The generated credential's expiration \"{raw}\" is not an RFC 3339 time",
            _ => "The generated credential has no expiration",
        };

        return $"{defect}, {fallback} and cannot guarantee a refresh before the credential expires.";
    }

    /// <summary>Rounds to whole seconds: the issue time has sub-second precision, the API's expiration does not.</summary>
    private static TimeSpan WholeSeconds(TimeSpan value) => TimeSpan.FromSeconds(Math.Round(value.TotalSeconds));
}
