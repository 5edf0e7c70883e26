using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Jitter;
using Btwc.Operator.Decisions.Scheduling;
using Btwc.Operator.Tests.Decisions.Jitter;

namespace Btwc.Operator.Tests.Decisions.Scheduling;

public sealed class RefreshScheduleTests
{
    private static readonly DateTimeOffset Issued = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static GeneratedLease HourLease(string leaseId = "lease-1") => new(leaseId, Issued, Issued.AddHours(1));

    private static RefreshScheduleInput Input(TimeSpan? interval, GeneratedLease? lease = null) => new()
    {
        ObjectUid = "uid-1",
        RefreshInterval = interval,
        LastRefresh = Issued,
        Lease = lease,
    };

    [Fact]
    public void Next_NoLease_UsesInterval()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());

        var plan = schedule.Next(Input(TimeSpan.FromMinutes(45)));

        Assert.Equal(Issued.AddMinutes(45), plan.NextRefreshAt);
        Assert.Equal(RefreshTrigger.Interval, plan.Trigger);
        Assert.False(plan.ExpirationMissing);
        Assert.Null(plan.ExpiryRefreshAt);
    }

    [Fact]
    public void Next_NullInterval_DefaultsToOneHour()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());

        var plan = schedule.Next(Input(null));

        Assert.Equal(Issued.AddHours(1), plan.NextRefreshAt);
    }

    [Theory]
    [InlineData(0.0, 0.67)]
    [InlineData(0.5, 0.72)]
    [InlineData(0.9999999, 0.77)]
    public void Next_LeaseShorterThanInterval_RefreshesInWindow(double unit, double fraction)
    {
        var schedule = new RefreshSchedule(new FixedJitterSource(keyed: unit));

        var plan = schedule.Next(Input(TimeSpan.FromHours(2), HourLease()));

        Assert.Equal(RefreshTrigger.Expiry, plan.Trigger);
        Assert.Equal(fraction, plan.LifetimeFraction!.Value, 6);
        Assert.Equal(Issued.AddHours(fraction), plan.NextRefreshAt!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void Next_IntervalEarlierThanWindow_UsesInterval()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());

        var plan = schedule.Next(Input(TimeSpan.FromMinutes(30), HourLease()));

        Assert.Equal(RefreshTrigger.Interval, plan.Trigger);
        Assert.Equal(Issued.AddMinutes(30), plan.NextRefreshAt);
        Assert.Equal(Issued.AddMinutes(43.2), plan.ExpiryRefreshAt);
        Assert.False(plan.IntervalExceedsLifetime);
    }

    [Fact]
    public void Next_JitterKey_IsUidAndLeaseId()
    {
        var jitter = new FixedJitterSource();
        var schedule = new RefreshSchedule(jitter);

        schedule.Next(Input(TimeSpan.FromHours(2), HourLease("lease-7")));

        Assert.Equal(["uid-1/lease-7"], jitter.Keys);
    }

    [Fact]
    public void Next_SameUidAndLease_SamePointAfterRestart()
    {
        var beforeRestart = new RefreshSchedule(new JitterSource(new Random(1)));
        var afterRestart = new RefreshSchedule(new JitterSource(new Random(2)));

        var first = beforeRestart.Next(Input(TimeSpan.FromHours(2), HourLease()));
        var second = afterRestart.Next(Input(TimeSpan.FromHours(2), HourLease()));

        Assert.Equal(first.NextRefreshAt, second.NextRefreshAt);
    }

    [Fact]
    public void Next_DifferentLeases_Spread()
    {
        var schedule = new RefreshSchedule(new JitterSource());

        var points = Enumerable.Range(0, 200)
            .Select(i => schedule.Next(Input(TimeSpan.FromHours(2), HourLease($"lease-{i}"))).NextRefreshAt!.Value)
            .ToList();

        Assert.True(points.Distinct().Count() > 190);
        Assert.True(points.Max() - points.Min() > TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Next_ManyLeases_NeverBefore60OrAfter77Percent()
    {
        var schedule = new RefreshSchedule(new JitterSource());
        var random = new Random(7);

        for (var i = 0; i < 2_000; i++)
        {
            var ttl = TimeSpan.FromSeconds(random.Next(900, 43_201));
            var lease = new GeneratedLease($"lease-{i}", Issued, Issued + ttl);
            var input = Input(TimeSpan.FromHours(24), lease) with { ObjectUid = $"uid-{i}" };

            var plan = schedule.Next(input);

            var elapsed = plan.NextRefreshAt!.Value - Issued;
            Assert.InRange(elapsed / ttl, 0.67 - 1e-9, 0.77 + 1e-9);
            Assert.True(elapsed / ttl >= 0.60);
        }
    }

    [Fact]
    public void Next_IntervalLongerThanLifetime_WarnsWithBothDurations()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource(keyed: 0.5));

        var plan = schedule.Next(Input(TimeSpan.FromHours(2), HourLease()));

        Assert.True(plan.IntervalExceedsLifetime);
        Assert.Equal(
            "refreshInterval 2h0m0s is not shorter than the credential lifetime 1h0m0s, so the operator refreshes at 72%"
            + " of the lifetime (43m12s after issue) instead. Set a shorter refreshInterval to silence this warning.",
            plan.IntervalWarning);
    }

    [Fact]
    public void Next_IntervalEqualToLifetime_Warns()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());

        var plan = schedule.Next(Input(TimeSpan.FromHours(1), HourLease()));

        Assert.True(plan.IntervalExceedsLifetime);
        Assert.Equal(RefreshTrigger.Expiry, plan.Trigger);
    }

    [Fact]
    public void Next_MissingExpiration_IntervalOnlyAndFlag()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());
        var lease = new GeneratedLease("lease-1", Issued, null);

        var plan = schedule.Next(Input(TimeSpan.FromMinutes(45), lease));

        Assert.True(plan.ExpirationMissing);
        Assert.Equal(Issued.AddMinutes(45), plan.NextRefreshAt);
        Assert.Equal(RefreshTrigger.Interval, plan.Trigger);
        Assert.Equal(
            "The generated credential has no expiration, so the operator refreshes every refreshInterval (45m0s) only"
            + " and cannot guarantee a refresh before the credential expires.",
            plan.ExpirationWarning);
    }

    [Fact]
    public void Next_UnparsableExpiration_QuotesRawValue()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());
        var lease = new GeneratedLease("lease-1", Issued, null, "tomorrow");

        var plan = schedule.Next(Input(TimeSpan.FromMinutes(45), lease));

        Assert.True(plan.ExpirationMissing);
        Assert.Contains("\"tomorrow\" is not an RFC 3339 time", plan.ExpirationWarning, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ExpirationNotAfterIssue_TreatedAsMissing()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());
        var lease = new GeneratedLease("lease-1", Issued, Issued.AddSeconds(-1));

        var plan = schedule.Next(Input(TimeSpan.FromMinutes(45), lease));

        Assert.True(plan.ExpirationMissing);
        Assert.Equal(Issued.AddMinutes(45), plan.NextRefreshAt);
        Assert.Contains("is not after its issue time 2026-01-01T12:00:00", plan.ExpirationWarning, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_IntervalZeroWithExpiration_RefreshesBeforeExpiry()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());

        var plan = schedule.Next(Input(TimeSpan.Zero, HourLease()));

        Assert.Equal(RefreshTrigger.Expiry, plan.Trigger);
        Assert.Null(plan.IntervalRefreshAt);
        Assert.Equal(Issued.AddMinutes(43.2), plan.NextRefreshAt);
        Assert.False(plan.IntervalExceedsLifetime);
    }

    [Fact]
    public void Next_IntervalZeroWithoutExpiration_NoRefresh()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());

        var plan = schedule.Next(Input(TimeSpan.Zero, new GeneratedLease("lease-1", Issued, null)));

        Assert.Null(plan.NextRefreshAt);
        Assert.Equal(RefreshTrigger.None, plan.Trigger);
        Assert.Contains("refreshInterval is 0", plan.ExpirationWarning, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_OnChangeWithExpiration_RefreshesBeforeExpiry()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());
        var input = Input(TimeSpan.FromHours(1), HourLease()) with { RefreshPolicy = RefreshPolicy.OnChange };

        var plan = schedule.Next(input);

        Assert.Equal(RefreshTrigger.Expiry, plan.Trigger);
        Assert.Null(plan.IntervalRefreshAt);
    }

    [Fact]
    public void Next_CreatedOnce_NeverRefreshesEvenWithExpiration()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());
        var input = Input(TimeSpan.FromHours(2), HourLease()) with { RefreshPolicy = RefreshPolicy.CreatedOnce };

        var plan = schedule.Next(input);

        Assert.Null(plan.NextRefreshAt);
        Assert.Equal(RefreshTrigger.None, plan.Trigger);
        Assert.False(plan.IntervalExceedsLifetime);
    }

    [Theory]
    [InlineData("50", 0.0, 0.48)]
    [InlineData("50", 0.9999999, 0.52)]
    [InlineData("72.5", 0.5, 0.725)]
    [InlineData("10", 0.0, 0.10)]
    [InlineData("10", 0.5, 0.11)]
    [InlineData("95", 0.9999999, 0.95)]
    [InlineData("95", 0.0, 0.93)]
    public void Next_PercentAnnotation_WindowAroundValueWithinBounds(string annotation, double unit, double fraction)
    {
        var schedule = new RefreshSchedule(new FixedJitterSource(keyed: unit));
        var input = Input(TimeSpan.FromHours(2), HourLease()) with { RefreshAtPercent = annotation };

        var plan = schedule.Next(input);

        Assert.Null(plan.AnnotationError);
        Assert.Equal(fraction, plan.LifetimeFraction!.Value, 6);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("95.5")]
    [InlineData("100")]
    [InlineData("72%")]
    [InlineData("-50")]
    [InlineData("+50")]
    [InlineData(" 50")]
    [InlineData("5e1")]
    [InlineData("")]
    [InlineData("seventy")]
    [InlineData("NaN")]
    public void Next_InvalidPercentAnnotation_ReportsErrorAndUsesDefault(string annotation)
    {
        var schedule = new RefreshSchedule(new FixedJitterSource(keyed: 0.5));
        var input = Input(TimeSpan.FromHours(2), HourLease()) with { RefreshAtPercent = annotation };

        var plan = schedule.Next(input);

        Assert.Equal(0.72, plan.LifetimeFraction!.Value, 6);
        Assert.NotNull(plan.AnnotationError);
        Assert.Contains($"btwc.beyondtrust.io/refresh-at-percent=\"{annotation}\"", plan.AnnotationError, StringComparison.Ordinal);
        Assert.Contains("from 10 to 95", plan.AnnotationError, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiryRefreshAt_MatchesNextPlan()
    {
        var schedule = new RefreshSchedule(new JitterSource());
        var plan = schedule.Next(Input(TimeSpan.FromHours(2), HourLease()) with { RefreshAtPercent = "60" });

        var point = schedule.ExpiryRefreshAt("uid-1", HourLease(), "60");

        Assert.Equal(plan.ExpiryRefreshAt, point);
    }

    [Fact]
    public void ExpiryRefreshAt_NoExpiration_Null()
    {
        var schedule = new RefreshSchedule(new JitterSource());

        var point = schedule.ExpiryRefreshAt("uid-1", new GeneratedLease(null, Issued, null), null);

        Assert.Null(point);
    }

    [Fact]
    public void Next_LeaseWithoutId_KeysOnIssueTime()
    {
        var jitter = new FixedJitterSource();
        var schedule = new RefreshSchedule(jitter);

        schedule.Next(Input(TimeSpan.FromHours(2), new GeneratedLease(null, Issued, Issued.AddHours(1))));

        Assert.Equal([$"uid-1/{Issued.UtcTicks}"], jitter.Keys);
    }

    [Fact]
    public void LeaseTiming_CarriesExpirationAndPoint()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource(keyed: 0.5));

        var timing = schedule.LeaseTiming("uid-1", HourLease(), null);

        Assert.Equal(new Btwc.Operator.Decisions.Refresh.LeaseTiming(Issued.AddHours(1), Issued.AddMinutes(43.2)), timing);
    }

    [Fact]
    public void LeaseTiming_NoExpiration_Null()
    {
        var schedule = new RefreshSchedule(new FixedJitterSource());

        var timing = schedule.LeaseTiming("uid-1", new GeneratedLease("lease-1", Issued, null), null);

        Assert.Null(timing);
    }
}
