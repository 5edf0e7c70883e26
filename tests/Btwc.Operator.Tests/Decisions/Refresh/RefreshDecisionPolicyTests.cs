using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Refresh;
using static Btwc.Operator.Tests.Decisions.Refresh.RefreshInputs;

namespace Btwc.Operator.Tests.Decisions.Refresh;

public sealed class RefreshDecisionPolicyTests
{
    public static TheoryData<string, RefreshPolicy, TimeSpan?, string?, TimeSpan?, RefreshAction, RefreshReason> Matrix => new()
    {
        // name, policy, interval, syncedResourceVersion, time since refresh (null = no refreshTime), action, reason
        { "periodic never synced", RefreshPolicy.Periodic, TimeSpan.FromHours(1), null, null, RefreshAction.Generate, RefreshReason.NeverSynced },
        { "periodic fresh", RefreshPolicy.Periodic, TimeSpan.FromHours(1), MetaVersion, TimeSpan.FromMinutes(30), RefreshAction.None, RefreshReason.UpToDate },
        { "periodic just before boundary", RefreshPolicy.Periodic, TimeSpan.FromHours(1), MetaVersion, TimeSpan.FromHours(1) - TimeSpan.FromTicks(1), RefreshAction.None, RefreshReason.UpToDate },
        { "periodic at boundary", RefreshPolicy.Periodic, TimeSpan.FromHours(1), MetaVersion, TimeSpan.FromHours(1), RefreshAction.Generate, RefreshReason.IntervalElapsed },
        { "periodic elapsed", RefreshPolicy.Periodic, TimeSpan.FromHours(1), MetaVersion, TimeSpan.FromMinutes(61), RefreshAction.Generate, RefreshReason.IntervalElapsed },
        { "periodic spec changed", RefreshPolicy.Periodic, TimeSpan.FromHours(1), "1-old", TimeSpan.FromMinutes(1), RefreshAction.Generate, RefreshReason.SpecChanged },
        { "periodic no refresh time", RefreshPolicy.Periodic, TimeSpan.FromHours(1), MetaVersion, null, RefreshAction.Generate, RefreshReason.RefreshTimeMissing },
        { "periodic refresh time ahead", RefreshPolicy.Periodic, TimeSpan.FromHours(1), MetaVersion, TimeSpan.FromMinutes(-5), RefreshAction.Generate, RefreshReason.RefreshTimeInFuture },
        { "periodic default interval fresh", RefreshPolicy.Periodic, null, MetaVersion, TimeSpan.FromMinutes(59), RefreshAction.None, RefreshReason.UpToDate },
        { "periodic default interval elapsed", RefreshPolicy.Periodic, null, MetaVersion, TimeSpan.FromMinutes(61), RefreshAction.Generate, RefreshReason.IntervalElapsed },
        { "interval 0 never synced", RefreshPolicy.Periodic, TimeSpan.Zero, null, null, RefreshAction.Generate, RefreshReason.NeverSynced },
        { "interval 0 synced long ago", RefreshPolicy.Periodic, TimeSpan.Zero, MetaVersion, TimeSpan.FromDays(30), RefreshAction.None, RefreshReason.RefreshDisabled },
        { "interval 0 spec changed", RefreshPolicy.Periodic, TimeSpan.Zero, "1-old", TimeSpan.FromDays(30), RefreshAction.None, RefreshReason.RefreshDisabled },
        { "negative interval", RefreshPolicy.Periodic, TimeSpan.FromMinutes(-1), MetaVersion, TimeSpan.FromDays(1), RefreshAction.None, RefreshReason.RefreshDisabled },
        { "created once never synced", RefreshPolicy.CreatedOnce, TimeSpan.FromHours(1), null, null, RefreshAction.Generate, RefreshReason.NeverSynced },
        { "created once no refresh time", RefreshPolicy.CreatedOnce, TimeSpan.FromHours(1), MetaVersion, null, RefreshAction.Generate, RefreshReason.NeverSynced },
        { "created once synced long ago", RefreshPolicy.CreatedOnce, TimeSpan.FromHours(1), MetaVersion, TimeSpan.FromDays(30), RefreshAction.None, RefreshReason.RefreshDisabled },
        { "created once spec changed", RefreshPolicy.CreatedOnce, TimeSpan.FromHours(1), "1-old", TimeSpan.FromMinutes(1), RefreshAction.None, RefreshReason.RefreshDisabled },
        { "on change never synced", RefreshPolicy.OnChange, TimeSpan.FromHours(1), null, null, RefreshAction.Generate, RefreshReason.NeverSynced },
        { "on change no refresh time", RefreshPolicy.OnChange, TimeSpan.FromHours(1), MetaVersion, null, RefreshAction.Generate, RefreshReason.NeverSynced },
        { "on change spec changed", RefreshPolicy.OnChange, TimeSpan.Zero, "1-old", TimeSpan.FromMinutes(1), RefreshAction.Generate, RefreshReason.SpecChanged },
        { "on change interval elapsed", RefreshPolicy.OnChange, TimeSpan.FromHours(1), MetaVersion, TimeSpan.FromDays(3), RefreshAction.None, RefreshReason.UpToDate },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Decide_PolicyMatrix(
        string name,
        RefreshPolicy policy,
        TimeSpan? interval,
        string? syncedResourceVersion,
        TimeSpan? sinceRefresh,
        RefreshAction expectedAction,
        RefreshReason expectedReason)
    {
        var input = Synced() with
        {
            RefreshPolicy = policy,
            RefreshInterval = interval,
            SyncedResourceVersion = syncedResourceVersion,
            RefreshTime = sinceRefresh is { } since ? Now - since : null,
        };

        var result = RefreshDecision.Decide(input);

        Assert.True(expectedAction == result.Action, $"{name}: action {result.Action}");
        Assert.True(expectedReason == result.Reason, $"{name}: reason {result.Reason}");
    }

    [Fact]
    public void Decide_Fresh_NextCheckAtIntervalPoint()
    {
        var input = Synced(TimeSpan.FromMinutes(20));

        var result = RefreshDecision.Decide(input);

        Assert.Equal(Now + TimeSpan.FromMinutes(40), result.NextCheckAt);
    }

    [Fact]
    public void Decide_AtBoundary_RefreshesInsteadOfRequeueingNow()
    {
        var input = Synced(TimeSpan.FromHours(1));

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.Generate, result.Action);
        Assert.Null(result.NextCheckAt);
    }

    [Theory]
    [InlineData(RefreshPolicy.CreatedOnce)]
    [InlineData(RefreshPolicy.OnChange)]
    public void Decide_NonPeriodicPastInterval_RechecksOneIntervalFromNow(RefreshPolicy policy)
    {
        var input = Synced(TimeSpan.FromDays(3)) with { RefreshPolicy = policy };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.None, result.Action);
        Assert.Equal(Now + TimeSpan.FromHours(1), result.NextCheckAt);
    }

    [Fact]
    public void Decide_IntervalZero_NoTimedRecheck()
    {
        var input = Synced(TimeSpan.FromDays(2)) with { RefreshInterval = TimeSpan.Zero };

        var result = RefreshDecision.Decide(input);

        Assert.Null(result.NextCheckAt);
    }

    [Theory]
    [InlineData(RefreshPolicy.Periodic, 0, true)]
    [InlineData(RefreshPolicy.CreatedOnce, 60, true)]
    [InlineData(RefreshPolicy.Periodic, 60, false)]
    public void Decide_SpecChangeWithRefreshDisabled_Flagged(RefreshPolicy policy, int intervalMinutes, bool ignored)
    {
        var input = Synced() with
        {
            RefreshPolicy = policy,
            RefreshInterval = TimeSpan.FromMinutes(intervalMinutes),
            SyncedResourceVersion = "1-old",
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(ignored, result.SpecChangeIgnored);
    }

    [Fact]
    public void Decide_ElapsedWithSyncWindows_FlagsWindowsIgnored()
    {
        var input = Synced(TimeSpan.FromHours(2)) with { HasSyncWindows = true };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshReason.IntervalElapsed, result.Reason);
        Assert.True(result.SyncWindowsIgnored);
    }

    [Fact]
    public void Decide_SpecChangeWithSyncWindows_WindowsNotConsulted()
    {
        var input = Synced() with { HasSyncWindows = true, SyncedResourceVersion = "1-old" };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshReason.SpecChanged, result.Reason);
        Assert.False(result.SyncWindowsIgnored);
    }
}
