using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Jitter;
using Btwc.Operator.Decisions.Refresh;
using Btwc.Operator.Decisions.Scheduling;

namespace Btwc.Operator.Tests.Decisions;

/// <summary>
/// Runs the refresh decision, the schedule and the backoff together over a simulated day for a fleet of
/// generator-backed ExternalSecrets with backend outages, on simulated time only. It checks how the decisions
/// compose: no credential is served past its expiration, no expiry-driven refresh happens before 60% of the
/// lifetime, and every generate call replaces a credential.
/// </summary>
public sealed class FleetSimulationTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed class Member
    {
        public required string Uid { get; init; }
        public required TimeSpan Ttl { get; init; }
        public required TimeSpan Interval { get; init; }
        public required List<(DateTimeOffset From, DateTimeOffset To)> Outages { get; init; }
        public DateTimeOffset IssuedAt { get; set; }
        public DateTimeOffset ExpiresAt { get; set; }
        public string LeaseId { get; set; } = "";
        public int Failures { get; set; }

        public bool BackendDown(DateTimeOffset time) => Outages.Any(outage => time >= outage.From && time < outage.To);
    }

    [Fact]
    public void Fleet_OneDayWithOutages_NeverServesExpiredCredential()
    {
        // Arrange: TTLs from 900 s to 12 h; a third of the intervals exceed the TTL, the rest lie at 60-100% of it.
        var random = new Random(20260101);
        var jitter = new JitterSource(new Random(99));
        var schedule = new RefreshSchedule(jitter);
        var backoff = new RetryBackoff(jitter);
        var fleet = Enumerable.Range(0, 1_000).Select(i => NewMember(i, random)).ToList();
        var queue = new PriorityQueue<Member, DateTimeOffset>();
        var end = Start.AddHours(24);
        var generateCalls = 0;
        var refreshes = 0;
        var expiredSeconds = 0.0;
        var earliestFraction = double.MaxValue;
        foreach (var member in fleet)
        {
            Issue(member, Start, ref generateCalls);
            queue.Enqueue(member, Plan(schedule, member, Start));
        }

        // Act: every attempt runs the refresh decision first, exactly as a reconcile does.
        while (queue.TryDequeue(out var member, out var time) && time < end)
        {
            var decision = RefreshDecision.Decide(Input(schedule, member, time));
            if (!decision.Generates)
            {
                queue.Enqueue(member, decision.NextCheckAt!.Value);
                continue;
            }

            if (member.BackendDown(time))
            {
                member.Failures++;
                var retry = backoff.Next(FailureClass.Transient, member.Failures, member.Interval, member.ExpiresAt, time);
                queue.Enqueue(member, retry.RetryAt);
                continue;
            }

            expiredSeconds += Math.Max(0, (time - member.ExpiresAt).TotalSeconds);
            earliestFraction = Math.Min(earliestFraction, (time - member.IssuedAt) / member.Ttl);
            Issue(member, time, ref generateCalls);
            refreshes++;
            queue.Enqueue(member, Plan(schedule, member, time));
        }

        foreach (var member in fleet)
        {
            expiredSeconds += Math.Max(0, (end - member.ExpiresAt).TotalSeconds);
        }

        output.WriteLine($"expired credential time: {expiredSeconds:0.###} s");
        output.WriteLine($"earliest refresh: {earliestFraction:P1} of the lifetime");
        output.WriteLine($"generate calls: {generateCalls}, refreshes plus first syncs: {refreshes + fleet.Count}");

        // Assert
        Assert.Equal(0, expiredSeconds);
        Assert.True(earliestFraction >= 0.60, $"a credential was refreshed at {earliestFraction:P1} of its lifetime");
        Assert.Equal(refreshes + fleet.Count, generateCalls);
        Assert.InRange(refreshes, 1_000, 200_000);
    }

    private static Member NewMember(int index, Random random)
    {
        var ttl = TimeSpan.FromSeconds(random.Next(900, 43_201));
        var interval = index % 3 == 0 ? ttl * (1.1 + random.NextDouble() * 2) : ttl * (0.6 + random.NextDouble() * 0.4);
        // Up to three outages, each at most 20% of the TTL, separated by at least one TTL of normal service.
        var outages = new List<(DateTimeOffset From, DateTimeOffset To)>();
        var from = Start.AddSeconds(random.Next(0, 28_800));
        for (var i = 0; i < 3; i++)
        {
            var to = from + (ttl * (random.NextDouble() * 0.2));
            outages.Add((from, to));
            from = to + ttl + TimeSpan.FromSeconds(random.Next(0, 28_800));
        }

        return new Member { Uid = $"uid-{index}", Ttl = ttl, Interval = interval, Outages = outages };
    }

    private static void Issue(Member member, DateTimeOffset time, ref int generateCalls)
    {
        generateCalls++;
        member.IssuedAt = time;
        member.ExpiresAt = time + member.Ttl;
        member.LeaseId = $"{member.Uid}-lease-{generateCalls}";
        member.Failures = 0;
    }

    private static DateTimeOffset Plan(RefreshSchedule schedule, Member member, DateTimeOffset time) =>
        schedule.Next(new RefreshScheduleInput
        {
            ObjectUid = member.Uid,
            RefreshInterval = member.Interval,
            LastRefresh = time,
            Lease = Lease(member),
        }).NextRefreshAt!.Value;

    private static RefreshInput Input(RefreshSchedule schedule, Member member, DateTimeOffset time) => new()
    {
        RefreshPolicy = RefreshPolicy.Periodic,
        RefreshInterval = member.Interval,
        MetaVersion = "1-meta",
        SyncedResourceVersion = "1-meta",
        RefreshTime = member.IssuedAt,
        Target = new TargetState { Exists = true, HasManagedLabel = true, StoredDataHash = "h", CurrentDataHash = "h", HasData = true },
        Lease = schedule.LeaseTiming(member.Uid, Lease(member), null),
        Now = time,
    };

    private static GeneratedLease Lease(Member member) => new(member.LeaseId, member.IssuedAt, member.ExpiresAt);
}
