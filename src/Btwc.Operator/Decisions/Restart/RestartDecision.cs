using Btwc.Operator.Decisions.Jitter;
using Btwc.Operator.Decisions.Refresh;

namespace Btwc.Operator.Decisions.Restart;

/// <summary>
/// Decides, when an operator starts or takes over leadership, what to do with an ExternalSecret from its stored
/// status and its target alone, so a restart is never itself a reason to mint.
/// </summary>
/// <remarks>
/// Fresh objects are not refreshed and are queued at their stored next refresh (or ESO's interval point).
/// Due objects are queued now with a priority class: never-synced first, then expiring credentials, then the
/// rest. Expiring and overdue objects are spread with jitter over a short window (default 30 s, for expiring
/// credentials at most half the time they have left) so a fleet does not hit the backend at once.
/// </remarks>
public sealed class RestartDecision
{
    /// <summary>The default window over which due objects are spread.</summary>
    public static readonly TimeSpan DefaultSpreadWindow = TimeSpan.FromSeconds(30);

    private readonly IJitterSource _jitter;
    private readonly TimeSpan _spreadWindow;

    /// <summary>Creates a decision drawing its spread from <paramref name="jitter"/>.</summary>
    /// <param name="jitter">The jitter source.</param>
    /// <param name="spreadWindow">The window over which due objects are spread. Default 30 seconds.</param>
    public RestartDecision(IJitterSource jitter, TimeSpan? spreadWindow = null)
    {
        ArgumentNullException.ThrowIfNull(jitter);
        _jitter = jitter;
        _spreadWindow = spreadWindow ?? DefaultSpreadWindow;
    }

    /// <summary>Decides when and how urgently to reconcile one object.</summary>
    public RestartPlan Decide(RestartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var refresh = RefreshDecision.Decide(input.Refresh);
        var now = input.Refresh.Now;
        if (refresh.Action == RefreshAction.None)
        {
            var planned = input.NextRefreshTime > now ? input.NextRefreshTime : null;

            return new RestartPlan(false, QueuePriority.Routine, RefreshDecision.Earliest(planned, refresh.NextCheckAt), refresh);
        }

        var priority = refresh.Reason switch
        {
            RefreshReason.NeverSynced => QueuePriority.NeverSynced,
            RefreshReason.LeaseExpiring or RefreshReason.LeaseExpired => QueuePriority.Expiring,
            _ => QueuePriority.Overdue,
        };

        return new RestartPlan(true, priority, now + Spread(priority, input.Refresh), refresh);
    }

    private TimeSpan Spread(QueuePriority priority, RefreshInput input)
    {
        var window = priority switch
        {
            QueuePriority.NeverSynced => TimeSpan.Zero,
            QueuePriority.Expiring when input.Lease is { } lease => Clamp((lease.ExpiresAt - input.Now) / 2),
            _ => _spreadWindow,
        };

        return window * _jitter.NextUnit();
    }

    private TimeSpan Clamp(TimeSpan window)
    {
        if (window <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return window < _spreadWindow ? window : _spreadWindow;
    }
}
