using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Conditions;

namespace Btwc.Operator.Tests.Decisions.Conditions;

public sealed class WireStringTests
{
    [Fact]
    public void EsoConditionStrings_MatchEso()
    {
        Assert.Equal("Ready", ConditionTypes.Ready);
        Assert.Equal("SecretSynced", ConditionReasons.SecretSynced);
        Assert.Equal("SecretSyncedError", ConditionReasons.SecretSyncedError);
        Assert.Equal("SecretDeleted", ConditionReasons.SecretDeleted);
        Assert.Equal("SecretMissing", ConditionReasons.SecretMissing);
        Assert.Equal("secret synced", ConditionMessages.SecretSynced);
        Assert.Equal("could not get secret data from provider", ConditionMessages.GetSecretDataFailed);
        Assert.Equal("could not delete orphaned secrets", ConditionMessages.DeleteOrphanedSecretsFailed);
        Assert.Equal("could not update secret", ConditionMessages.UpdateSecretFailed);
    }

    [Fact]
    public void EsoEventStrings_MatchEso()
    {
        Assert.Equal("UpdateFailed", EventReasons.UpdateFailed);
        Assert.Equal("Created", EventReasons.Created);
        Assert.Equal("Updated", EventReasons.Updated);
        Assert.Equal("Deleted", EventReasons.Deleted);
        Assert.Equal("secret deleted because it was orphaned", EventMessages.SecretDeletedOrphaned);
        Assert.Equal("secret does not exist at provider using spec.dataFrom[2]", EventMessages.MissingProviderSecret(2));
        Assert.Equal("secret does not exist at provider using spec.dataFrom[0] (key=db/pw)", EventMessages.MissingProviderSecretKey(0, "db/pw"));
    }

    [Fact]
    public void EsoMetadataNames_MatchEso()
    {
        Assert.Equal("reconcile.external-secrets.io/managed", EsoMetadata.ManagedLabel);
        Assert.Equal("reconcile.external-secrets.io/created-by", EsoMetadata.CreatedByLabel);
        Assert.Equal("reconcile.external-secrets.io/data-hash", EsoMetadata.DataHashAnnotation);
        Assert.Equal("externalsecrets.external-secrets.io/externalsecret-cleanup", EsoMetadata.ExternalSecretFinalizer);
    }

    [Fact]
    public void NotSupportedYet_NamesField()
    {
        var message = EventMessages.NotSupportedYet("spec.syncWindows");

        Assert.StartsWith("spec.syncWindows is not supported yet", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, RefreshPolicy.Periodic)]
    [InlineData("", RefreshPolicy.Periodic)]
    [InlineData("Periodic", RefreshPolicy.Periodic)]
    [InlineData("CreatedOnce", RefreshPolicy.CreatedOnce)]
    [InlineData("OnChange", RefreshPolicy.OnChange)]
    public void ParseRefreshPolicy_WireValues(string? value, RefreshPolicy expected)
    {
        Assert.Equal(expected, PolicyNames.ParseRefreshPolicy(value));
    }

    [Theory]
    [InlineData(null, CreationPolicy.Owner)]
    [InlineData("Orphan", CreationPolicy.Orphan)]
    [InlineData("Merge", CreationPolicy.Merge)]
    [InlineData("None", CreationPolicy.None)]
    [InlineData("CreateOrMerge", CreationPolicy.CreateOrMerge)]
    public void ParseCreationPolicy_WireValues(string? value, CreationPolicy expected)
    {
        Assert.Equal(expected, PolicyNames.ParseCreationPolicy(value));
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("1")]
    [InlineData("Always")]
    public void ParseCreationPolicy_Invalid_NamesValueAndChoices(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => PolicyNames.ParseCreationPolicy(value));

        Assert.Contains($"\"{value}\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Owner, Orphan, Merge, None, CreateOrMerge", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDeletionPolicy_DefaultRetain()
    {
        Assert.Equal(DeletionPolicy.Retain, PolicyNames.ParseDeletionPolicy(null));
        Assert.Equal(DeletionPolicy.Delete, PolicyNames.ParseDeletionPolicy("Delete"));
    }

    [Fact]
    public void Adopted_NamesRemovedKeysOnly()
    {
        var message = EventMessages.Adopted("app-config", ["a", "b"]);

        Assert.Equal(
            "took ownership of existing secret app-config because creationPolicy is Owner,"
            + " and keys the ExternalSecret does not provide were removed: a, b",
            message);
    }
}
