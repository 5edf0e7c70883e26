using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Mutation;
using static Btwc.Operator.Tests.Decisions.Mutation.MutationInputs;

namespace Btwc.Operator.Tests.Decisions.Mutation;

public sealed class SecretMutationPlannerCreateTests
{
    [Fact]
    public void Plan_OwnerMissingTarget_CreatesOwnedSecret()
    {
        var input = Input(CreationPolicy.Owner);

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal(SecretWriteAction.Create, plan.Action);
        var secret = Assert.IsType<DesiredSecret>(plan.Secret);
        Assert.Equal("team-a", secret.Namespace);
        Assert.Equal("aws-creds", secret.Name);
        Assert.Equal(["accessKeyId", "expiration", "leaseId", "secretAccessKey"], secret.Data.Keys);
        Assert.Equal("AKIA1", Text(secret.Data, "accessKeyId"));
        Assert.Equal("true", secret.Labels["reconcile.external-secrets.io/managed"]);
        Assert.Equal(EsoHash.CreatedByLabelValue("team-a", "aws-creds"), secret.Labels["reconcile.external-secrets.io/created-by"]);
        Assert.Equal("x", secret.Labels["team"]);
        Assert.Equal("n", secret.Annotations["note"]);
        Assert.Equal(EsoHash.DataHash(secret.Data), secret.Annotations["reconcile.external-secrets.io/data-hash"]);
        Assert.False(secret.Immutable);
    }

    [Fact]
    public void Plan_OwnerMissingTarget_ControllerReferenceToExternalSecret()
    {
        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner));

        var reference = Assert.Single(plan.Secret!.OwnerReferences);
        Assert.Equal(new OwnerReferenceInfo("external-secrets.io/v1", "ExternalSecret", "aws-creds", "uid-1", true, true), reference);
    }

    [Fact]
    public void Plan_Create_ReportsCreatedEventAndStatus()
    {
        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner));

        Assert.Equal("Created", plan.EventReason);
        Assert.Equal("secret created", plan.EventMessage);
        Assert.Equal("SecretSynced", plan.ReadyReason);
        Assert.Equal("secret synced", plan.ReadyMessage);
        Assert.Equal("aws-creds", plan.BindingName);
        Assert.True(plan.Succeeded);
        Assert.Equal(
            "reconcile.external-secrets.io/created-by=" + EsoHash.CreatedByLabelValue("team-a", "aws-creds"),
            plan.OrphanSelector);
    }

    [Fact]
    public void Plan_TargetName_OverridesExternalSecretName()
    {
        var input = Input(CreationPolicy.Owner) with { Target = new TargetSpec { Name = "other" } };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal("other", plan.Secret!.Name);
        Assert.Equal("other", plan.BindingName);
    }

    [Theory]
    [InlineData(CreationPolicy.Orphan)]
    [InlineData(CreationPolicy.CreateOrMerge)]
    public void Plan_NonOwnerMissingTarget_CreatesWithoutOwnership(CreationPolicy policy)
    {
        var plan = SecretMutationPlanner.Plan(Input(policy));

        Assert.Equal(SecretWriteAction.Create, plan.Action);
        Assert.Empty(plan.Secret!.OwnerReferences);
        Assert.False(plan.Secret.Labels.ContainsKey("reconcile.external-secrets.io/created-by"));
        Assert.Null(plan.OrphanSelector);
    }

    [Fact]
    public void Plan_MergeMissingTarget_ReportsSecretMissing()
    {
        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Merge));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Null(plan.Secret);
        Assert.Equal("SecretMissing", plan.ReadyReason);
        Assert.Equal("secret will not be created due to CreationPolicy=Merge", plan.ReadyMessage);
        Assert.Null(plan.EventReason);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Plan_CreationPolicyNone_WritesNothing(bool targetExists)
    {
        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.None, targetExists ? Foreign("a") : null));

        Assert.Equal(SecretWriteAction.None, plan.Action);
        Assert.Equal("SecretSynced", plan.ReadyReason);
        Assert.Null(plan.BindingName);
        Assert.Null(plan.EventReason);
    }

    [Fact]
    public void Plan_EmptySessionToken_NeverWritten()
    {
        var input = Input(CreationPolicy.Owner) with
        {
            ProviderData = [.. Credential(), new("sessionToken", [])],
        };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.False(plan.Secret!.Data.ContainsKey("sessionToken"));
        Assert.Equal(["sessionToken"], plan.DroppedEmptyKeys);
    }

    [Fact]
    public void Plan_LastAppliedConfiguration_NotCopied()
    {
        var identity = ExternalSecret with
        {
            Annotations = new Dictionary<string, string>
            {
                ["kubectl.kubernetes.io/last-applied-configuration"] = "{\"kind\":\"ExternalSecret\"}",
                ["external-secrets.io/force-sync"] = "1",
            },
        };
        var input = Input(CreationPolicy.Owner) with { ExternalSecret = identity };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.False(plan.Secret!.Annotations.ContainsKey("kubectl.kubernetes.io/last-applied-configuration"));
        Assert.Equal("1", plan.Secret.Annotations["external-secrets.io/force-sync"]);
    }

    [Fact]
    public void Plan_ImmutableSpecNewTarget_CreatesImmutableWithData()
    {
        var input = Input(CreationPolicy.Owner) with { Target = new TargetSpec { Immutable = true } };

        var plan = SecretMutationPlanner.Plan(input);

        Assert.Equal(SecretWriteAction.Create, plan.Action);
        Assert.True(plan.Secret!.Immutable);
        Assert.Equal(4, plan.Secret.Data.Count);
    }

    [Fact]
    public void Plan_NoProviderDataForNewTarget_Throws()
    {
        var input = Input(CreationPolicy.Owner) with { ProviderData = null };

        var exception = Assert.Throws<ArgumentException>(() => SecretMutationPlanner.Plan(input));

        Assert.Contains("\"aws-creds\"", exception.Message, StringComparison.Ordinal);
    }
}
