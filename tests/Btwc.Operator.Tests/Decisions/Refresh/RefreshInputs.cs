using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Refresh;

namespace Btwc.Operator.Tests.Decisions.Refresh;

/// <summary>Builds refresh inputs around one fixed clock: a Periodic 1h ExternalSecret synced 30 minutes ago.</summary>
internal static class RefreshInputs
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public const string MetaVersion = "2-f47fe3c0b255b6dd8047cdffa772587bb829efe7a1cb70febeda2eb2";

    public static TargetState ValidTarget { get; } = new()
    {
        Exists = true,
        HasManagedLabel = true,
        StoredDataHash = "h1",
        CurrentDataHash = "h1",
        HasData = true,
    };

    public static RefreshInput Synced(TimeSpan? sinceRefresh = null) => new()
    {
        RefreshPolicy = RefreshPolicy.Periodic,
        RefreshInterval = TimeSpan.FromHours(1),
        MetaVersion = MetaVersion,
        SyncedResourceVersion = MetaVersion,
        RefreshTime = Now - (sinceRefresh ?? TimeSpan.FromMinutes(30)),
        Target = ValidTarget,
        Now = Now,
    };

    public static RefreshInput NeverSynced() => Synced() with
    {
        SyncedResourceVersion = null,
        RefreshTime = null,
        Target = TargetState.Missing,
    };

    public static LeaseTiming Lease(TimeSpan refreshIn, TimeSpan expiresIn) => new(Now + expiresIn, Now + refreshIn);
}
