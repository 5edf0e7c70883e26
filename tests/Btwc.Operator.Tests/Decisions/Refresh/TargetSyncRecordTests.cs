using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Durations;
using Btwc.Operator.Decisions.Mutation;
using Btwc.Operator.Decisions.Refresh;
using Btwc.Operator.Decisions.Scheduling;
using static Btwc.Operator.Tests.Decisions.Mutation.MutationInputs;

namespace Btwc.Operator.Tests.Decisions.Refresh;

public sealed class TargetSyncRecordTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 12, 4, 10, 0, 0, 250, TimeSpan.Zero);

    private static readonly TargetSyncRecord Record = new(
        "uid-1",
        "1-9d2f",
        Rfc3339Time.ToSeconds(IssuedAt),
        new GeneratedLease("lease-1", IssuedAt, IssuedAt.AddHours(1)));

    [Fact]
    public void Format_ThenParse_KeepsEveryField()
    {
        var parsed = TargetSyncRecord.Parse(Record.Format());

        Assert.NotNull(parsed);
        Assert.Equal("uid-1", parsed.Uid);
        Assert.Equal("1-9d2f", parsed.SyncedResourceVersion);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), parsed.RefreshTime);
        Assert.Equal("lease-1", parsed.Lease!.LeaseId);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), parsed.Lease.IssuedAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.Zero), parsed.Lease.ExpiresAt);
    }

    [Fact]
    public void Format_WithoutLease_LeavesLeaseFieldsOut()
    {
        var text = (Record with { Lease = null }).Format();

        Assert.Equal("""{"uid":"uid-1","syncedResourceVersion":"1-9d2f","refreshTime":"2026-12-04T10:00:00Z"}""", text);
        Assert.Null(TargetSyncRecord.Parse(text)!.Lease);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"uid":"uid-1","refreshTime":"2026-12-04T10:00:00Z"}""")]
    [InlineData("""{"uid":"uid-1","syncedResourceVersion":"1-9d2f","refreshTime":"yesterday"}""")]
    public void Parse_InvalidValue_ReturnsNull(string? value)
    {
        Assert.Null(TargetSyncRecord.Parse(value));
    }

    [Fact]
    public void Plan_WithProviderData_WritesTheRecord()
    {
        var plan = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner) with { SyncRecord = Record });

        Assert.Equal(Record.Format(), plan.Secret!.Annotations[BtwcMetadata.LastSyncAnnotation]);
    }

    [Fact]
    public void Plan_ImmutableTarget_KeepsRecord()
    {
        var first = SecretMutationPlanner.Plan(Input(CreationPolicy.Owner) with { SyncRecord = Record }).Secret!;
        var later = Record with { RefreshTime = Record.RefreshTime.AddHours(1) };
        var input = Input(CreationPolicy.Owner, AsExisting(first) with { Immutable = true }) with
        {
            Target = new TargetSpec { CreationPolicy = CreationPolicy.Owner, Immutable = true },
            ProviderData = null,
            SyncRecord = later,
        };

        var plan = SecretMutationPlanner.Plan(input);

        var annotations = plan.Secret?.Annotations ?? first.Annotations;
        Assert.Equal(Record.Format(), annotations[BtwcMetadata.LastSyncAnnotation]);
    }

    [Fact]
    public void Decide_NewerTargetRecord_NoMint()
    {
        var input = new RefreshInput
        {
            MetaVersion = "1-9d2f",
            RefreshInterval = TimeSpan.FromHours(1),
            RememberedSync = new RememberedSync(Record.SyncedResourceVersion, Record.RefreshTime),
            Target = TargetState.Of(
                new Dictionary<string, string> { ["reconcile.external-secrets.io/managed"] = "true" },
                new Dictionary<string, string> { ["reconcile.external-secrets.io/data-hash"] = Btwc.Operator.Decisions.Hashing.EsoHash.DataHash(new Dictionary<string, byte[]>()) },
                new Dictionary<string, byte[]>(),
                immutable: false),
            Now = Record.RefreshTime.AddMinutes(5),
        };

        var result = RefreshDecision.Decide(input);

        Assert.Equal(RefreshAction.None, result.Action);
        Assert.True(result.StatusLagging);
    }
}
