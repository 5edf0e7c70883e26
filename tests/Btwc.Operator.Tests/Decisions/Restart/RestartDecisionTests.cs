using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Refresh;
using Btwc.Operator.Decisions.Restart;
using Btwc.Operator.Tests.Decisions.Jitter;
using static Btwc.Operator.Tests.Decisions.Refresh.RefreshInputs;

namespace Btwc.Operator.Tests.Decisions.Restart;

public sealed class RestartDecisionTests
{
    private static RestartDecision Decision(double unit = 0.5) => new(new FixedJitterSource(next: unit));

    [Fact]
    public void Decide_Fresh_NoMintQueuedAtStoredPlan()
    {
        var input = new RestartInput
        {
            Refresh = Synced(TimeSpan.FromMinutes(10)) with { Lease = Lease(TimeSpan.FromMinutes(33), TimeSpan.FromMinutes(50)) },
            NextRefreshTime = Now.AddMinutes(33),
        };

        var plan = Decision().Decide(input);

        Assert.False(plan.RefreshNow);
        Assert.Equal(QueuePriority.Routine, plan.Priority);
        Assert.Equal(Now.AddMinutes(33), plan.RunAt);
    }

    [Fact]
    public void Decide_FreshWithoutStoredPlan_UsesIntervalPoint()
    {
        // Status written by ESO has no next planned refresh.
        var input = new RestartInput { Refresh = Synced(TimeSpan.FromMinutes(10)) };

        var plan = Decision().Decide(input);

        Assert.False(plan.RefreshNow);
        Assert.Equal(Now.AddMinutes(50), plan.RunAt);
    }

    [Fact]
    public void Decide_StoredPlanInPast_FallsBackToDecision()
    {
        var input = new RestartInput { Refresh = Synced(TimeSpan.FromMinutes(10)), NextRefreshTime = Now.AddMinutes(-5) };

        var plan = Decision().Decide(input);

        Assert.False(plan.RefreshNow);
        Assert.Equal(Now.AddMinutes(50), plan.RunAt);
    }

    [Fact]
    public void Decide_Overdue_RefreshNowSpreadOverWindow()
    {
        var input = new RestartInput { Refresh = Synced(TimeSpan.FromHours(3)), NextRefreshTime = Now.AddHours(-2) };

        var plan = Decision(unit: 0.5).Decide(input);

        Assert.True(plan.RefreshNow);
        Assert.Equal(QueuePriority.Overdue, plan.Priority);
        Assert.Equal(Now.AddSeconds(15), plan.RunAt);
    }

    [Fact]
    public void Decide_NeverSynced_HighestPriorityNoDelay()
    {
        var input = new RestartInput { Refresh = NeverSynced() };

        var plan = Decision(unit: 0.9).Decide(input);

        Assert.True(plan.RefreshNow);
        Assert.Equal(QueuePriority.NeverSynced, plan.Priority);
        Assert.Equal(Now, plan.RunAt);
    }

    [Fact]
    public void Decide_LeaseExpiring_ExpiringPrioritySpreadWithinHalfRemaining()
    {
        var input = new RestartInput
        {
            Refresh = Synced(TimeSpan.FromMinutes(50)) with { Lease = Lease(TimeSpan.FromMinutes(-1), TimeSpan.FromSeconds(20)) },
        };

        var plan = Decision(unit: 0.9999).Decide(input);

        Assert.True(plan.RefreshNow);
        Assert.Equal(QueuePriority.Expiring, plan.Priority);
        Assert.InRange(plan.RunAt!.Value, Now, Now.AddSeconds(10));
    }

    [Fact]
    public void Decide_LeaseExpired_RunsAtOnce()
    {
        var input = new RestartInput
        {
            Refresh = Synced() with { Lease = Lease(TimeSpan.FromMinutes(-30), TimeSpan.FromMinutes(-1)) },
        };

        var plan = Decision(unit: 0.9).Decide(input);

        Assert.Equal(QueuePriority.Expiring, plan.Priority);
        Assert.Equal(Now, plan.RunAt);
    }

    [Fact]
    public void Decide_TargetDeletedWhileDown_Overdue()
    {
        var input = new RestartInput { Refresh = Synced() with { Target = TargetState.Missing } };

        var plan = Decision().Decide(input);

        Assert.True(plan.RefreshNow);
        Assert.Equal(QueuePriority.Overdue, plan.Priority);
        Assert.Equal(RefreshReason.TargetMissing, plan.Refresh.Reason);
    }

    [Fact]
    public void Decide_EsoManagedSecretUnchanged_NoMint()
    {
        // A Secret that ESO wrote, with ESO's status: same hashes, so the takeover mints nothing.
        var input = new RestartInput { Refresh = Synced(TimeSpan.FromMinutes(59)) };

        var plan = Decision().Decide(input);

        Assert.False(plan.RefreshNow);
        Assert.False(plan.Refresh.Generates);
    }

    [Fact]
    public void Decide_Fleet_OnlyOverdueTenthRefreshes()
    {
        var decision = new RestartDecision(new Btwc.Operator.Decisions.Jitter.JitterSource(new Random(5)));
        var inputs = Enumerable.Range(0, 1_000)
            .Select(i => new RestartInput { Refresh = Synced(TimeSpan.FromMinutes(i % 10 == 0 ? 90 : 30)) })
            .ToList();

        var plans = inputs.Select(decision.Decide).ToList();

        Assert.Equal(100, plans.Count(plan => plan.RefreshNow));
        Assert.All(plans.Where(plan => plan.RefreshNow), plan => Assert.InRange(plan.RunAt!.Value, Now, Now.AddSeconds(30)));
        Assert.True(plans.Where(plan => plan.RefreshNow).Select(plan => plan.RunAt).Distinct().Count() > 90);
    }

    [Fact]
    public void Decide_CreatedOnceSynced_OnlyRoutineRecheck()
    {
        var input = new RestartInput
        {
            Refresh = Synced(TimeSpan.FromDays(3)) with { RefreshPolicy = RefreshPolicy.CreatedOnce },
        };

        var plan = Decision().Decide(input);

        Assert.False(plan.RefreshNow);
        Assert.Equal(QueuePriority.Routine, plan.Priority);
        Assert.Equal(Now.AddHours(1), plan.RunAt);
    }

    [Fact]
    public void QueuePriority_OrdersMostUrgentFirst()
    {
        var ordered = Enum.GetValues<QueuePriority>().Order().ToList();

        Assert.Equal([QueuePriority.NeverSynced, QueuePriority.Expiring, QueuePriority.Overdue, QueuePriority.Routine], ordered);
    }
}
