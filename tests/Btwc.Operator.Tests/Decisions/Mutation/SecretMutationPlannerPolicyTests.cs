using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Mutation;
using static Btwc.Operator.Tests.Decisions.Mutation.MutationInputs;

namespace Btwc.Operator.Tests.Decisions.Mutation;

public sealed class SecretMutationPlannerPolicyTests
{
    private static SecretMutationInput Empty(CreationPolicy creation, DeletionPolicy deletion, ExistingSecret? existing) =>
        Input(creation, existing) with
        {
            Target = new TargetSpec { CreationPolicy = creation, DeletionPolicy = deletion },
            ProviderData = [],
        };

    [Fact]
    public void Plan_EmptyDataRetain_KeepsSecret()
    {
        var plan = SecretMutationPlanner.Plan(Empty(CreationPolicy.Owner, DeletionPolicy.Retain, Foreign("a")));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Equal("SecretSynced", plan.ReadyReason);
        Assert.Equal("secret retained due to DeletionPolicy=Retain", plan.ReadyMessage);
    }

    [Fact]
    public void Plan_EmptyDataDeleteOwner_DeletesSecret()
    {
        var plan = SecretMutationPlanner.Plan(Empty(CreationPolicy.Owner, DeletionPolicy.Delete, Foreign("a")));

        Assert.Equal(SecretWriteAction.Delete, plan.Action);
        Assert.Equal("Deleted", plan.EventReason);
        Assert.Equal("secret deleted due to DeletionPolicy=Delete", plan.EventMessage);
        Assert.Equal("SecretDeleted", plan.ReadyReason);
        Assert.Equal("secret deleted due to DeletionPolicy=Delete", plan.ReadyMessage);
    }

    [Fact]
    public void Plan_EmptyDataDeleteOwnerNoTarget_NoEvent()
    {
        var plan = SecretMutationPlanner.Plan(Empty(CreationPolicy.Owner, DeletionPolicy.Delete, null));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Null(plan.EventReason);
        Assert.Equal("SecretDeleted", plan.ReadyReason);
    }

    [Fact]
    public void Plan_EmptyDataDeleteNotOwner_Fails()
    {
        var plan = SecretMutationPlanner.Plan(Empty(CreationPolicy.Orphan, DeletionPolicy.Delete, Foreign("a")));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Equal("could not delete secret", plan.Failure!.ConditionMessage);
        Assert.Equal("unable to delete secret aws-creds: creationPolicy=Orphan is not Owner", plan.Failure.EventMessage);
        Assert.Equal(FailureClass.Configuration, plan.Failure.FailureClass);
    }

    [Fact]
    public void Plan_EmptyDataMerge_RemovesOwnKeysKeepsSecret()
    {
        var existing = Foreign("host", "accessKeyId") with { ManagedDataKeys = ["accessKeyId"] };

        var plan = SecretMutationPlanner.Plan(Empty(CreationPolicy.Merge, DeletionPolicy.Merge, existing));

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Equal(["host"], plan.Secret!.Data.Keys);
    }

    [Theory]
    [InlineData(DeletionPolicy.Retain)]
    [InlineData(DeletionPolicy.Delete)]
    [InlineData(DeletionPolicy.Merge)]
    public void Plan_OnlyEmptyValues_FailsAndKeepsSecret(DeletionPolicy deletion)
    {
        var input = Empty(CreationPolicy.Owner, deletion, Foreign("a")) with
        {
            ProviderData = [new("accessKeyId", []), new("sessionToken", [])],
        };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.False(plan.Succeeded);
        Assert.Equal("could not get secret data from provider", plan.Failure!.ConditionMessage);
        Assert.Equal(
            "the provider returned only empty values (keys: accessKeyId, sessionToken), so Secret aws-creds was left unchanged."
            + " Check the secret definition in BeyondTrust.",
            plan.Failure.EventMessage);
        Assert.Equal(FailureClass.Transient, plan.Failure.FailureClass);
        Assert.Equal(["accessKeyId", "sessionToken"], plan.DroppedEmptyKeys);
    }

    [Fact]
    public void Plan_ImmutableSpecExistingTarget_KeepsDataUpdatesMetadata()
    {
        var existing = Foreign("a");
        var input = Input(CreationPolicy.Owner, existing) with { Target = new TargetSpec { Immutable = true } };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Equal(["a"], plan.Secret!.Data.Keys);
        Assert.True(plan.Secret.Immutable);
        Assert.Empty(plan.ChangedDataKeys);
        Assert.False(plan.Secret.Labels.ContainsKey("team"));
        Assert.Equal(EsoHash.DataHash(existing.Data), plan.Secret.Annotations["reconcile.external-secrets.io/data-hash"]);
    }

    [Fact]
    public void Plan_ImmutableTargetWithoutProviderData_SyncsMetadataOnly()
    {
        var existing = Foreign("a") with { Immutable = true };
        var input = Input(CreationPolicy.Owner, existing) with { ProviderData = null };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.True(plan.Succeeded);
        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Equal(["a"], plan.Secret!.Data.Keys);
    }

    [Fact]
    public void Plan_ImmutableTargetUnchanged_NoWrite()
    {
        var first = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner) with { Target = new TargetSpec { Immutable = true } });
        var input = Input(CreationPolicy.Owner, AsExisting(first.Secret!)) with
        {
            Target = new TargetSpec { Immutable = true },
            ProviderData = null,
        };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.True(plan.Succeeded);
    }

    [Fact]
    public void Plan_ImmutableSecretDataDiffers_FailsAfterMetadataWrite()
    {
        var existing = Foreign("a") with { Immutable = true };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner, existing));

        Assert.False(plan.Succeeded);
        Assert.Equal("could not update secret, target is immutable", plan.Failure!.ConditionMessage);
        Assert.Equal("unable to update secret aws-creds: secret is immutable", plan.Failure.EventMessage);
        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Equal(["a"], plan.Secret!.Data.Keys);
        Assert.Equal(EsoHash.DataHash(existing.Data), plan.Secret.Annotations["reconcile.external-secrets.io/data-hash"]);
        Assert.Equal("true", plan.Secret.Labels["reconcile.external-secrets.io/managed"]);
        Assert.Null(plan.EventReason);
    }

    [Fact]
    public void Plan_ImmutableSecretDataDiffersMetadataCurrent_FailsWithoutWrite()
    {
        var first = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner) with { Target = new TargetSpec { Immutable = true } });
        var input = Input(CreationPolicy.Owner, AsExisting(first.Secret!)) with { ProviderData = Credential("2") };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.False(plan.Succeeded);
        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Null(plan.Secret);
    }

    [Fact]
    public void Plan_MutableTargetWithoutProviderData_Throws()
    {
        var input = Input(CreationPolicy.Owner, Foreign("a")) with { ProviderData = null };

        Assert.Throws<ArgumentException>(() => SecretMutationPlanner.Plan(input));
    }
}
