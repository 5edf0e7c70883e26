using Btwc.Operator.Runtime.Leadership;

namespace Btwc.Operator.Hosting;

/// <summary>Settings of the operator process. Every default is stated; <see cref="Validate"/> runs at start.</summary>
public sealed class OperatorOptions
{
    /// <summary>Gets or sets the number of ExternalSecrets reconciled at once. Default: 8.</summary>
    public int Workers { get; set; } = 8;

    /// <summary>Gets or sets the namespace to watch, or null for all namespaces. Default: null.</summary>
    public string? WatchNamespace { get; set; }

    /// <summary>Gets or sets whether only the leader of a Lease reconciles, so replicas can run side by side. Default: true.</summary>
    public bool LeaderElection { get; set; } = true;

    /// <summary>Gets or sets the Lease settings used when <see cref="LeaderElection"/> is on.</summary>
    public LeaderElectionOptions Lease { get; set; } = new();

    /// <summary>Gets or sets how long a token or CA Secret that was read is reused. Default: 30 seconds.</summary>
    public TimeSpan CredentialCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks the settings and throws an <see cref="ArgumentException"/> naming the bad value and the rule.</summary>
    public void Validate()
    {
        if (Workers is < 1 or > 256)
        {
            throw new ArgumentException($"Workers '{Workers}' must be between 1 and 256.", nameof(Workers));
        }

        if (CredentialCacheDuration < TimeSpan.Zero || CredentialCacheDuration > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException($"CredentialCacheDuration '{CredentialCacheDuration}' must be between 0 and 10 minutes.", nameof(CredentialCacheDuration));
        }

        if (LeaderElection)
        {
            Lease.Validate();
        }
    }
}
