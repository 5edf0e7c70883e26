using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Mutation;
using static Btwc.Operator.Tests.Decisions.Mutation.MutationInputs;

namespace Btwc.Operator.Tests.Decisions.Mutation;

public sealed class SecretMutationPlannerUpdateTests
{
    [Fact]
    public void Plan_UnchangedTarget_NoWriteNoEvent()
    {
        var first = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner));
        var input = Input(CreationPolicy.Owner, AsExisting(first.Secret!));

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Null(plan.EventReason);
        Assert.Empty(plan.ChangedDataKeys);
        Assert.Equal("SecretSynced", plan.ReadyReason);
        Assert.Equal("aws-creds", plan.BindingName);
    }

    [Fact]
    public void Plan_NewCredential_UpdatesWithChangedKeyNames()
    {
        var first = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner));
        var input = Input(CreationPolicy.Owner, AsExisting(first.Secret!)) with { ProviderData = Credential("2") };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Equal("Updated", plan.EventReason);
        Assert.Equal("secret updated", plan.EventMessage);
        Assert.Equal(["accessKeyId", "leaseId", "secretAccessKey"], plan.ChangedDataKeys);
        Assert.Equal("AKIA2", Text(plan.Secret!.Data, "accessKeyId"));
    }

    [Fact]
    public void Plan_OwnerAdoptsUnownedSecret_DropsForeignKeys()
    {
        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner, Foreign("a", "b")));

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.False(plan.Secret!.Data.ContainsKey("a"));
        Assert.Contains("a", plan.ChangedDataKeys);
        Assert.Contains("b", plan.ChangedDataKeys);
        Assert.Single(plan.Secret.OwnerReferences);
        Assert.Equal("db", plan.Secret.Labels["app"]);
        Assert.True(plan.AdoptedExistingSecret);
        Assert.Equal(["a", "b"], plan.RemovedDataKeys);
    }

    [Fact]
    public void Plan_OwnerUpdatesOwnSecret_NotAdoption()
    {
        var first = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner));
        var input = Input(CreationPolicy.Owner, AsExisting(first.Secret!)) with { ProviderData = Credential("2") };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.False(plan.AdoptedExistingSecret);
        Assert.Empty(plan.RemovedDataKeys);
    }

    [Fact]
    public void Plan_MergeIntoForeignSecret_NotAdoption()
    {
        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Merge, Foreign("a")));

        Assert.False(plan.AdoptedExistingSecret);
    }

    [Theory]
    [InlineData(CreationPolicy.Merge)]
    [InlineData(CreationPolicy.CreateOrMerge)]
    public void Plan_MergePolicies_KeepForeignKeys(CreationPolicy policy)
    {
        var plan = SecretMutationPlanner.Plan(Input(policy, Foreign("host", "port")));

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Equal("host", Text(plan.Secret!.Data, "host"));
        Assert.Equal("AKIA1", Text(plan.Secret.Data, "accessKeyId"));
        Assert.Empty(plan.Secret.OwnerReferences);
        Assert.DoesNotContain("host", plan.ChangedDataKeys);
    }

    [Fact]
    public void Plan_Merge_RemovesPreviouslyManagedKeys()
    {
        var existing = Foreign("host", "oldKey") with { ManagedDataKeys = ["oldKey"] };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Merge, existing));

        Assert.False(plan.Secret!.Data.ContainsKey("oldKey"));
        Assert.True(plan.Secret.Data.ContainsKey("host"));
    }

    [Fact]
    public void Plan_ManagedLabelsAndAnnotations_RemovedBeforeCopy()
    {
        var existing = Foreign("a") with
        {
            Labels = new Dictionary<string, string> { ["old-es-label"] = "1", ["app"] = "db" },
            Annotations = new Dictionary<string, string> { ["old-es-annotation"] = "1" },
            ManagedLabelKeys = ["old-es-label"],
            ManagedAnnotationKeys = ["old-es-annotation"],
        };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Orphan, existing));

        Assert.False(plan.Secret!.Labels.ContainsKey("old-es-label"));
        Assert.False(plan.Secret.Annotations.ContainsKey("old-es-annotation"));
        Assert.Equal("db", plan.Secret.Labels["app"]);
    }

    [Fact]
    public void Plan_Orphan_ReplacesDataAndReleasesOwnership()
    {
        var owned = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner)).Secret!;
        var existing = AsExisting(owned) with
        {
            Data = new Dictionary<string, byte[]>(owned.Data) { ["extra"] = Bytes("e") },
        };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Orphan, existing));

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Empty(plan.Secret!.OwnerReferences);
        Assert.False(plan.Secret.Labels.ContainsKey("reconcile.external-secrets.io/created-by"));
        Assert.False(plan.Secret.Data.ContainsKey("extra"));
    }

    [Fact]
    public void Plan_OwnerRecreatedExternalSecret_ReplacesOldUid()
    {
        var existing = Foreign("a") with
        {
            OwnerReferences = [new OwnerReferenceInfo("external-secrets.io/v1beta1", "ExternalSecret", "aws-creds", "old-uid", true, true)],
        };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner, existing));

        var reference = Assert.Single(plan.Secret!.OwnerReferences);
        Assert.Equal("uid-1", reference.Uid);
        Assert.Equal("external-secrets.io/v1", reference.ApiVersion);
    }

    [Fact]
    public void Plan_NonControllerOwners_Kept()
    {
        var other = new OwnerReferenceInfo("v1", "ConfigMap", "cm", "cm-uid");
        var existing = Foreign("a") with { OwnerReferences = [other] };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner, existing));

        Assert.Equal(2, plan.Secret!.OwnerReferences.Count);
        Assert.Equal(other, plan.Secret.OwnerReferences[0]);
    }

    [Theory]
    [InlineData(CreationPolicy.Owner)]
    [InlineData(CreationPolicy.Orphan)]
    [InlineData(CreationPolicy.Merge)]
    [InlineData(CreationPolicy.CreateOrMerge)]
    public void Plan_OwnedByAnotherExternalSecret_FailsWithoutWrite(CreationPolicy policy)
    {
        var existing = Foreign("a") with
        {
            OwnerReferences = [new OwnerReferenceInfo("external-secrets.io/v1", "ExternalSecret", "other-es", "uid-2", true, true)],
        };

        var plan = SecretMutationPlanner.Plan(Input(policy, existing));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.False(plan.Succeeded);
        Assert.Equal("target is owned by another ExternalSecret", plan.Failure!.ConditionMessage);
        Assert.Equal("unable to mutate secret aws-creds: secret is owned by another ExternalSecret: other-es", plan.Failure.EventMessage);
        Assert.Null(plan.ReadyReason);
    }

    [Fact]
    public void Plan_OwnerWithForeignController_FailsToTakeOwnership()
    {
        var existing = Foreign("a") with
        {
            OwnerReferences = [new OwnerReferenceInfo("apps/v1", "Deployment", "web", "uid-9", true, true)],
        };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner, existing));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Equal("failed to take ownership of target secret", plan.Failure!.ConditionMessage);
        Assert.Equal(
            "unable to mutate secret aws-creds: could not set controller reference on secret:"
            + " Object team-a/aws-creds is already owned by another Deployment controller web",
            plan.Failure.EventMessage);
    }

    [Fact]
    public void Plan_OrphanWithForeignController_Writes()
    {
        var existing = Foreign("a") with
        {
            OwnerReferences = [new OwnerReferenceInfo("apps/v1", "Deployment", "web", "uid-9", true, true)],
        };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Orphan, existing));

        Assert.Equal(SecretWriteAction.Update, plan.Action);
        Assert.Single(plan.Secret!.OwnerReferences);
    }

    [Fact]
    public void Plan_EsoWrittenSecret_TakenOverWithoutWrite()
    {
        // The Secret as ESO leaves it for an Owner ExternalSecret with the same labels and annotations.
        var data = Credential().ToDictionary(entry => entry.Key, entry => entry.Value);
        var existing = new ExistingSecret
        {
            Data = data,
            Labels = new Dictionary<string, string>
            {
                ["team"] = "x",
                ["reconcile.external-secrets.io/managed"] = "true",
                ["reconcile.external-secrets.io/created-by"] = EsoHash.Sha3Hex("team-a/aws-creds"),
            },
            Annotations = new Dictionary<string, string>
            {
                ["note"] = "n",
                ["reconcile.external-secrets.io/data-hash"] = EsoHash.DataHash(data),
            },
            OwnerReferences = [new OwnerReferenceInfo("external-secrets.io/v1", "ExternalSecret", "aws-creds", "uid-1", true, true)],
        };

        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner, existing));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.True(plan.Succeeded);
    }
}
