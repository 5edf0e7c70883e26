using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Mutation;
using Btwc.Operator.Decisions.Refresh;
using static Btwc.Operator.Tests.Decisions.Mutation.MutationInputs;

namespace Btwc.Operator.Tests.Decisions.Mutation;

/// <summary>A Merge target shared with another writer: only this ExternalSecret's own keys count.</summary>
public sealed class MergeOwnershipTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static DesiredSecret MergedOnce(CreationPolicy policy = CreationPolicy.Merge) =>
        SecretMutationPlanner.Plan(Input(policy, Foreign("host"))).Secret!;

    private static RefreshInput Refresh(TargetState target, CreationPolicy policy = CreationPolicy.Merge) => new()
    {
        CreationPolicy = policy,
        MetaVersion = "1-x",
        SyncedResourceVersion = "1-x",
        RefreshTime = Now.AddMinutes(-5),
        Target = target,
        Now = Now,
    };

    private static TargetState StateOf(DesiredSecret secret, IReadOnlyDictionary<string, byte[]> data) =>
        TargetState.Of(secret.Labels, secret.Annotations, data, secret.Immutable);

    [Theory]
    [InlineData(CreationPolicy.Merge)]
    [InlineData(CreationPolicy.CreateOrMerge)]
    public void Plan_Merge_RecordsOwnKeysAndHash(CreationPolicy policy)
    {
        var secret = MergedOnce(policy);

        Assert.Equal("accessKeyId,expiration,leaseId,secretAccessKey", secret.Annotations["btwc.beyondtrust.io/managed-keys"]);
        var own = Credential().ToDictionary(entry => entry.Key, entry => entry.Value);
        Assert.Equal(EsoHash.DataHash(own), secret.Annotations["btwc.beyondtrust.io/managed-data-hash"]);
        Assert.Equal(EsoHash.DataHash(secret.Data), secret.Annotations["reconcile.external-secrets.io/data-hash"]);
    }

    [Fact]
    public void Decide_ForeignKeyAdded_NoResync()
    {
        var secret = MergedOnce();
        var edited = new Dictionary<string, byte[]>(secret.Data) { ["uri"] = Bytes("postgres://db") };

        var state = StateOf(secret, edited);
        var result = RefreshDecision.Decide(Refresh(state));

        Assert.False(state.DataHashMatches);
        Assert.True(state.ManagedKeysHashMatches);
        Assert.Equal(RefreshAction.None, result.Action);
    }

    [Fact]
    public void Decide_OwnKeyEdited_Resyncs()
    {
        var secret = MergedOnce();
        var edited = new Dictionary<string, byte[]>(secret.Data) { ["accessKeyId"] = Bytes("hand-edited") };

        var result = RefreshDecision.Decide(Refresh(StateOf(secret, edited)));

        Assert.Equal(RefreshReason.TargetDrifted, result.Reason);
    }

    [Fact]
    public void Decide_OwnKeyDeleted_Resyncs()
    {
        var secret = MergedOnce();
        var edited = new Dictionary<string, byte[]>(secret.Data);
        edited.Remove("leaseId");

        var state = StateOf(secret, edited);

        Assert.False(state.ManagedKeysHashMatches);
        Assert.Equal(RefreshReason.TargetDrifted, RefreshDecision.Decide(Refresh(state)).Reason);
    }

    [Fact]
    public void Decide_OwnerPolicyIgnoresMergeRecord()
    {
        var secret = MergedOnce();
        var edited = new Dictionary<string, byte[]>(secret.Data) { ["uri"] = Bytes("x") };

        var result = RefreshDecision.Decide(Refresh(StateOf(secret, edited), CreationPolicy.Owner));

        Assert.Equal(RefreshReason.TargetDrifted, result.Reason);
    }

    [Fact]
    public void TargetStateOf_EsoWrittenSecret_NoMergeRecord()
    {
        var state = TargetState.Of(null, new Dictionary<string, string>(), Credential().ToDictionary(), immutable: false);

        Assert.Null(state.ManagedKeysHashMatches);
    }

    [Fact]
    public void Plan_KeyNoLongerProvided_RemovedFromMergeTarget()
    {
        var withToken = Input(CreationPolicy.Merge, Foreign("host")) with
        {
            ProviderData = [.. Credential(), new("sessionToken", Bytes("T1"))],
        };
        var first = SecretMutationPlanner.Plan(withToken).Secret!;

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Merge, AsExisting(first)) with { ProviderData = Credential("2") });

        Assert.False(plan.Secret!.Data.ContainsKey("sessionToken"));
        Assert.True(plan.Secret.Data.ContainsKey("host"));
        Assert.Contains("sessionToken", plan.ChangedDataKeys);
    }

    [Fact]
    public void Plan_SwitchToOwner_DropsMergeRecord()
    {
        var merged = MergedOnce();

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner, AsExisting(merged)));

        Assert.False(plan.Secret!.Annotations.ContainsKey("btwc.beyondtrust.io/managed-keys"));
        Assert.False(plan.Secret.Annotations.ContainsKey("btwc.beyondtrust.io/managed-data-hash"));
    }

    [Fact]
    public void Plan_MergeUnchangedWithForeignEdit_OnlyHashAnnotationChanges()
    {
        var secret = MergedOnce();
        var existing = AsExisting(secret) with
        {
            Data = new Dictionary<string, byte[]>(secret.Data) { ["uri"] = Bytes("x") },
        };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Merge, existing));

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Empty(plan.ChangedDataKeys);
        Assert.Equal("x", Text(plan.Secret!.Data, "uri"));
    }
}
