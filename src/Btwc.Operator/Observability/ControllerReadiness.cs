using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Runtime.Leadership;

namespace Btwc.Operator.Observability;

/// <summary>
/// The readiness of a controller: ready once its informers have synced and, with leader election, while this
/// replica leads or its last Lease call reached the API server, so a healthy standby is ready too.
/// </summary>
/// <param name="informersSynced">Returns whether every informer has completed its first list.</param>
/// <param name="election">The leader election, or null when it is off.</param>
public sealed class ControllerReadiness(Func<bool> informersSynced, LeaderElection? election)
{
    /// <summary>Creates the readiness of <paramref name="host"/>.</summary>
    /// <param name="host">The controller host whose informers are checked.</param>
    /// <param name="election">The leader election, or null when it is off.</param>
    public static ControllerReadiness For<TKey>(ControllerHost<TKey> host, LeaderElection? election)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(host);

        return new ControllerReadiness(() => host.InformersSynced, election);
    }

    /// <summary>Checks the controller now.</summary>
    public ReadinessResult Check()
    {
        if (!informersSynced())
        {
            return ReadinessResult.NotReady("the informers have not completed their first list yet");
        }

        if (election is null || election.IsLeader || election.IsLeaseReachable)
        {
            return ReadinessResult.Ready;
        }

        return election.LastError is { } error
            ? ReadinessResult.NotReady("leader election cannot reach its Lease: " + error.ReplaceLineEndings(" "))
            : ReadinessResult.NotReady("leader election has not reached its Lease yet");
    }
}
