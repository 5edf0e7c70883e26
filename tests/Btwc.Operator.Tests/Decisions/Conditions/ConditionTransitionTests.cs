using Btwc.Operator.Decisions.Conditions;

namespace Btwc.Operator.Tests.Decisions.Conditions;

public sealed class ConditionTransitionTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly StatusCondition SyncedEarlier =
        new("Ready", "True", "SecretSynced", "secret synced", Earlier);

    [Fact]
    public void Set_NoConditions_AddsWithNow()
    {
        var update = ConditionTransition.SetReady(null, ConditionReasons.SecretSynced, ConditionMessages.SecretSynced, Now);

        Assert.True(update.Changed);
        var condition = Assert.Single(update.Conditions);
        Assert.Equal(new StatusCondition("Ready", "True", "SecretSynced", "secret synced", Now), condition);
    }

    [Fact]
    public void Set_Identical_Unchanged()
    {
        var update = ConditionTransition.SetReady([SyncedEarlier], "SecretSynced", "secret synced", Now);

        Assert.False(update.Changed);
        Assert.Equal(Earlier, Assert.Single(update.Conditions).LastTransitionTime);
    }

    [Fact]
    public void Set_SameStatusNewReason_KeepsTransitionTime()
    {
        var update = ConditionTransition.SetReady([SyncedEarlier], "SecretMissing", ConditionMessages.SecretMissing, Now);

        Assert.True(update.Changed);
        var condition = Assert.Single(update.Conditions);
        Assert.Equal("SecretMissing", condition.Reason);
        Assert.Equal(Earlier, condition.LastTransitionTime);
    }

    [Fact]
    public void Set_StatusFlips_NewTransitionTime()
    {
        var update = ConditionTransition.SetNotReady([SyncedEarlier], ConditionReasons.SecretSyncedError, ConditionMessages.GetSecretDataFailed, Now);

        var condition = Assert.Single(update.Conditions);
        Assert.Equal("False", condition.Status);
        Assert.Equal("could not get secret data from provider", condition.Message);
        Assert.Equal(Now, condition.LastTransitionTime);
    }

    [Fact]
    public void Set_OtherTypes_KeptAndUpdatedMovedLast()
    {
        var other = new StatusCondition("Custom", "True", "R", "m", Earlier);

        var update = ConditionTransition.SetNotReady([SyncedEarlier, other], "SecretSyncedError", "could not update secret", Now);

        Assert.Equal(["Custom", "Ready"], update.Conditions.Select(condition => condition.Type));
    }
}
