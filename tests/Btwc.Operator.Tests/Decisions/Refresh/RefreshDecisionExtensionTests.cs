using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Decisions.Refresh;
using static Btwc.Operator.Tests.Decisions.Refresh.RefreshInputs;

namespace Btwc.Operator.Tests.Decisions.Refresh;

public sealed class RefreshDecisionExtensionTests
{
    [Fact]
    public void Decide_LeasePastRefreshPoint_RefreshesEarly()
    {
        var input = Synced(TimeSpan.FromMinutes(50)) with
        {
            Lease = Lease(refreshIn: TimeSpan.FromMinutes(-1), expiresIn: TimeSpan.FromMinutes(10)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.Generate, result.Action);
        Assert.Equal(RefreshReason.LeaseExpiring, result.Reason);
    }

    [Fact]
    public void Decide_LeaseExpired_RefreshesWithExpiredReason()
    {
        var input = Synced() with { Lease = Lease(TimeSpan.FromMinutes(-20), TimeSpan.FromMinutes(-1)) };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshReason.LeaseExpired, result.Reason);
    }

    [Fact]
    public void Decide_IntervalZeroWithExpiringLease_StillRefreshes()
    {
        var input = Synced(TimeSpan.FromDays(1)) with
        {
            RefreshInterval = TimeSpan.Zero,
            Lease = Lease(TimeSpan.Zero, TimeSpan.FromMinutes(15)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshReason.LeaseExpiring, result.Reason);
    }

    [Fact]
    public void Decide_OnChangeWithExpiringLease_Refreshes()
    {
        var input = Synced() with
        {
            RefreshPolicy = RefreshPolicy.OnChange,
            Lease = Lease(TimeSpan.FromSeconds(-1), TimeSpan.FromMinutes(15)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshReason.LeaseExpiring, result.Reason);
    }

    [Fact]
    public void Decide_CreatedOnceWithExpiredLease_DoesNotRefresh()
    {
        var input = Synced() with
        {
            RefreshPolicy = RefreshPolicy.CreatedOnce,
            Lease = Lease(TimeSpan.FromHours(-1), TimeSpan.FromMinutes(-1)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.None, result.Action);
        Assert.Equal(RefreshReason.RefreshDisabled, result.Reason);
    }

    [Fact]
    public void Decide_LeaseNotDue_NextCheckAtEarlierLeasePoint()
    {
        var input = Synced(TimeSpan.FromMinutes(10)) with
        {
            Lease = Lease(TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(40)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.None, result.Action);
        Assert.Equal(Now + TimeSpan.FromMinutes(20), result.NextCheckAt);
    }

    [Fact]
    public void Decide_IntervalZeroWithLease_NextCheckAtLeasePoint()
    {
        var input = Synced(TimeSpan.FromMinutes(10)) with
        {
            RefreshInterval = TimeSpan.Zero,
            Lease = Lease(TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(40)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(Now + TimeSpan.FromMinutes(20), result.NextCheckAt);
    }

    public static TheoryData<string, CreationPolicy, TargetState, RefreshReason?> TargetCases => new()
    {
        { "owner missing", CreationPolicy.Owner, TargetState.Missing, RefreshReason.TargetMissing },
        { "owner unmanaged", CreationPolicy.Owner, ValidTarget with { HasManagedLabel = false }, RefreshReason.TargetNotManaged },
        { "owner drifted", CreationPolicy.Owner, ValidTarget with { CurrentDataHash = "h2" }, RefreshReason.TargetDrifted },
        { "owner no hash", CreationPolicy.Owner, ValidTarget with { StoredDataHash = null }, RefreshReason.TargetDrifted },
        { "owner valid", CreationPolicy.Owner, ValidTarget, null },
        { "create or merge missing", CreationPolicy.CreateOrMerge, TargetState.Missing, RefreshReason.TargetMissing },
        { "merge drifted", CreationPolicy.Merge, ValidTarget with { CurrentDataHash = "h2" }, RefreshReason.TargetDrifted },
        { "orphan missing", CreationPolicy.Orphan, TargetState.Missing, null },
        { "orphan drifted", CreationPolicy.Orphan, ValidTarget with { CurrentDataHash = "h2" }, null },
    };

    [Theory]
    [MemberData(nameof(TargetCases))]
    public void Decide_TargetValidity(string name, CreationPolicy creationPolicy, TargetState target, RefreshReason? expected)
    {
        var input = Synced() with { CreationPolicy = creationPolicy, Target = target };

        var result = RefreshDecision.Decide(input);

        var reason = result.Action == RefreshAction.None ? (RefreshReason?)null : result.Reason;
        Assert.True(expected == reason, $"{name}: {result.Action} {result.Reason}");
    }

    [Fact]
    public void Decide_CreationPolicyNone_NeverGenerates()
    {
        var input = NeverSynced() with { CreationPolicy = CreationPolicy.None };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.SyncWithoutGeneration, result.Action);
        Assert.Equal(RefreshReason.NeverSynced, result.Reason);
        Assert.Equal(GenerationSkipReason.CreationPolicyNone, result.SkipReason);
        Assert.Equal(ConditionReasons.SecretSynced, result.ReadyReason);
        Assert.Equal(ConditionMessages.SecretSynced, result.ReadyMessage);
        Assert.False(result.Generates);
    }

    [Fact]
    public void Decide_MergeWithoutTarget_ReportsSecretMissing()
    {
        var input = NeverSynced() with { CreationPolicy = CreationPolicy.Merge };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.SyncWithoutGeneration, result.Action);
        Assert.Equal(GenerationSkipReason.MergeTargetMissing, result.SkipReason);
        Assert.Equal("SecretMissing", result.ReadyReason);
        Assert.Equal("secret will not be created due to CreationPolicy=Merge", result.ReadyMessage);
    }

    [Fact]
    public void Decide_MergeWithTargetDue_Generates()
    {
        var input = Synced(TimeSpan.FromHours(2)) with { CreationPolicy = CreationPolicy.Merge };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.Generate, result.Action);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Decide_ImmutableTargetWithData_NeverReminted(bool secretImmutable, bool specImmutable)
    {
        var input = Synced(TimeSpan.FromHours(2)) with
        {
            TargetImmutable = specImmutable,
            Target = ValidTarget with { Immutable = secretImmutable },
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.SyncWithoutGeneration, result.Action);
        Assert.Equal(RefreshReason.IntervalElapsed, result.Reason);
        Assert.Equal(GenerationSkipReason.ImmutableTarget, result.SkipReason);
    }

    [Fact]
    public void Decide_ImmutableTargetWithStaleStatus_NoMint()
    {
        // The status read right after creation can lag behind: never synced, but the immutable target exists.
        var input = NeverSynced() with { TargetImmutable = true, Target = ValidTarget with { Immutable = true } };

        var result = RefreshDecision.Decide(input);

        Assert.False(result.Generates);
        Assert.Equal(GenerationSkipReason.ImmutableTarget, result.SkipReason);
    }

    [Fact]
    public void Decide_ImmutableTargetDeleted_GeneratesOnce()
    {
        var input = Synced() with { TargetImmutable = true, Target = TargetState.Missing };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.Generate, result.Action);
        Assert.Equal(RefreshReason.TargetMissing, result.Reason);
    }

    [Fact]
    public void Decide_ImmutableTargetWithoutData_Generates()
    {
        var input = NeverSynced() with
        {
            TargetImmutable = true,
            Target = ValidTarget with { Immutable = true, HasData = false },
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.Generate, result.Action);
    }

    [Fact]
    public void Decide_UpToDate_NoSkipDetails()
    {
        var input = Synced() with { CreationPolicy = CreationPolicy.None };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.None, result.Action);
        Assert.Equal(GenerationSkipReason.None, result.SkipReason);
        Assert.Null(result.ReadyReason);
    }

    [Fact]
    public void Decide_StaleStatusAfterFirstSync_NoSecondMint()
    {
        // The first sync wrote the Secret and the status, but the cache still shows the empty status.
        var input = NeverSynced() with
        {
            Target = ValidTarget,
            RememberedSync = new RememberedSync(MetaVersion, Now.AddSeconds(-2)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.None, result.Action);
        Assert.True(result.StatusLagging);
        Assert.Equal(Now.AddSeconds(-2).AddHours(1), result.NextCheckAt);
    }

    [Fact]
    public void Decide_RememberedOlderThanStatus_Ignored()
    {
        var input = Synced(TimeSpan.FromMinutes(90)) with
        {
            RememberedSync = new RememberedSync(MetaVersion, Now.AddHours(-3)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshReason.IntervalElapsed, result.Reason);
        Assert.False(result.StatusLagging);
    }

    [Fact]
    public void Decide_RememberedSyncButSpecChangedSince_Refreshes()
    {
        var input = NeverSynced() with
        {
            Target = ValidTarget,
            RememberedSync = new RememberedSync("1-old", Now.AddSeconds(-2)),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshReason.SpecChanged, result.Reason);
        Assert.True(result.StatusLagging);
    }
}
