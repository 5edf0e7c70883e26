namespace Btwc.Operator.Runtime.Leadership;

/// <summary>
/// Settings of <see cref="LeaderElection"/>. The durations default to the values External Secrets Operator
/// uses (15 s lease, 10 s renew deadline, 2 s retry period).
/// </summary>
public sealed class LeaderElectionOptions
{
    /// <summary>The name of the coordination.k8s.io Lease. Default: <c>btwc-operator-leader</c>.</summary>
    public string LeaseName { get; set; } = "btwc-operator-leader";

    /// <summary>The namespace of the Lease; required, usually the operator's own namespace. Default: <c>default</c>.</summary>
    public string LeaseNamespace { get; set; } = "default";

    /// <summary>
    /// This replica's identity in the Lease. Default: the host name and a random suffix, so two replicas on one
    /// host differ.
    /// </summary>
    public string Identity { get; set; } = $"{Environment.MachineName}_{Guid.NewGuid():N}";

    /// <summary>How long a standby waits after the last observed renewal before it takes the lease. Default: 15 seconds.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the leader keeps trying to renew before it gives up leadership. Default: 10 seconds.</summary>
    public TimeSpan RenewDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait between attempts to acquire or renew. Default: 2 seconds.</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether a leader that stops shortens its lease to one second, so a standby takes over without waiting
    /// for the full <see cref="LeaseDuration"/>. Default: true.
    /// </summary>
    public bool ReleaseOnStop { get; set; } = true;

    /// <summary>Checks the settings and throws a message naming the invalid value and the rule.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(LeaseName) || string.IsNullOrWhiteSpace(LeaseNamespace) || string.IsNullOrWhiteSpace(Identity))
        {
            throw new ArgumentException(
                $"LeaderElectionOptions needs a lease name, namespace and identity; got name '{LeaseName}', namespace '{LeaseNamespace}', identity '{Identity}'.");
        }

        if (RetryPeriod <= TimeSpan.Zero || RenewDeadline <= RetryPeriod || LeaseDuration <= RenewDeadline)
        {
            throw new ArgumentException(
                $"LeaderElectionOptions durations must satisfy 0 < RetryPeriod < RenewDeadline < LeaseDuration; got RetryPeriod '{RetryPeriod}', RenewDeadline '{RenewDeadline}', LeaseDuration '{LeaseDuration}'.");
        }
    }
}
