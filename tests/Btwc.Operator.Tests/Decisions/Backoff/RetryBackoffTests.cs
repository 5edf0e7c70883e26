using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Jitter;
using Btwc.Operator.Tests.Decisions.Jitter;

namespace Btwc.Operator.Tests.Decisions.Backoff;

public sealed class RetryBackoffTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static RetryBackoff Backoff(double unit) => new(new FixedJitterSource(next: unit));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(9, 256)]
    [InlineData(10, 300)]
    [InlineData(50, 300)]
    public void Next_Transient_CeilingDoublesUpToFiveMinutes(int failures, int ceilingSeconds)
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Transient, failures, Hour, null, Now);

        Assert.Equal(ceilingSeconds, plan.Delay.TotalSeconds, 3);
        Assert.Equal(Now + plan.Delay, plan.RetryAt);
        Assert.False(plan.Priority);
        Assert.False(plan.WaitForChange);
    }

    [Fact]
    public void Next_Transient_FullJitterFromOneSecond()
    {
        var backoff = Backoff(0.0);

        var plan = backoff.Next(FailureClass.Transient, 10, Hour, null, Now);

        Assert.Equal(TimeSpan.FromSeconds(1), plan.Delay);
    }

    [Fact]
    public void Next_Transient_JitterSpreadsDelays()
    {
        var backoff = new RetryBackoff(new JitterSource(new Random(3)));

        var delays = Enumerable.Range(0, 100)
            .Select(_ => backoff.Next(FailureClass.Transient, 12, Hour, null, Now).Delay)
            .ToList();

        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));
        Assert.True(delays.Distinct().Count() > 90);
    }

    [Fact]
    public void Next_ShortCadence_CapsBelowFiveMinutes()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Transient, 20, TimeSpan.FromMinutes(2), null, Now);

        Assert.Equal(120, plan.Delay.TotalSeconds, 3);
    }

    [Fact]
    public void Next_CadenceBelowBase_UsesCadence()
    {
        var backoff = Backoff(0.5);

        var plan = backoff.Next(FailureClass.Transient, 5, TimeSpan.FromMilliseconds(500), null, Now);

        Assert.Equal(TimeSpan.FromMilliseconds(500), plan.Delay);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(6, 600)]
    [InlineData(40, 600)]
    public void Next_Authentication_SlowCappedAtTenMinutes(int failures, int ceilingSeconds)
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Authentication, failures, TimeSpan.FromHours(24), null, Now);

        Assert.Equal(ceilingSeconds, plan.Delay.TotalSeconds, 2);
    }

    [Fact]
    public void Next_AuthenticationShortInterval_CappedByInterval()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Authentication, 10, TimeSpan.FromMinutes(3), null, Now);

        Assert.Equal(180, plan.Delay.TotalSeconds, 2);
    }

    [Fact]
    public void Next_Configuration_WaitsForCadence()
    {
        var backoff = Backoff(0.5);

        var plan = backoff.Next(FailureClass.Configuration, 1, TimeSpan.FromMinutes(45), null, Now);

        Assert.Equal(TimeSpan.FromMinutes(45), plan.Delay);
        Assert.True(plan.WaitForChange);
    }

    [Fact]
    public void Next_ConfigurationIntervalZero_RechecksHourly()
    {
        var backoff = Backoff(0.5);

        var plan = backoff.Next(FailureClass.Configuration, 3, TimeSpan.Zero, null, Now);

        Assert.Equal(Hour, plan.Delay);
    }

    [Fact]
    public void Next_RetryAfter_IsLowerBound()
    {
        var backoff = Backoff(0.0);

        var plan = backoff.Next(FailureClass.RateLimited, 1, Hour, null, Now, TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), plan.Delay);
    }

    [Fact]
    public void Next_RetryAfterShorterThanBackoff_KeepsBackoff()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.RateLimited, 10, Hour, null, Now, TimeSpan.FromSeconds(30));

        Assert.Equal(300, plan.Delay.TotalSeconds, 3);
    }

    [Fact]
    public void Next_CredentialExpiresBeforeRetry_RetriesEarlyWithPriority()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Transient, 10, Hour, Now.AddMinutes(2), Now);

        Assert.True(plan.Priority);
        Assert.Equal(TimeSpan.FromMinutes(1), plan.Delay);
    }

    [Fact]
    public void Next_CredentialExpiresLater_NoPriority()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Transient, 10, Hour, Now.AddMinutes(20), Now);

        Assert.False(plan.Priority);
        Assert.Equal(300, plan.Delay.TotalSeconds, 3);
    }

    [Fact]
    public void Next_CredentialAboutToExpire_AtLeastOneSecond()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Transient, 10, Hour, Now.AddMilliseconds(600), Now);

        Assert.True(plan.Priority);
        Assert.Equal(TimeSpan.FromSeconds(1), plan.Delay);
    }

    [Fact]
    public void Next_AuthenticationNearExpiry_RetriesEarly()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Authentication, 10, Hour, Now.AddMinutes(4), Now);

        Assert.True(plan.Priority);
        Assert.Equal(TimeSpan.FromMinutes(2), plan.Delay);
    }

    [Fact]
    public void Next_TransientAfterExpiry_RetriesWithinThirtySeconds()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Transient, 10, Hour, Now.AddMinutes(-1), Now);

        Assert.True(plan.Priority);
        Assert.Equal(TimeSpan.FromSeconds(30), plan.Delay);
    }

    [Fact]
    public void Next_AuthenticationAfterExpiry_KeepsSlowPace()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.Authentication, 10, Hour, Now.AddMinutes(-1), Now);

        Assert.True(plan.Priority);
        Assert.Equal(600, plan.Delay.TotalSeconds, 2);
    }

    [Fact]
    public void Next_ExpiringButRateLimited_HonoursRetryAfter()
    {
        var backoff = Backoff(0.9999999);

        var plan = backoff.Next(FailureClass.RateLimited, 10, Hour, Now.AddSeconds(20), Now, TimeSpan.FromSeconds(45));

        Assert.True(plan.Priority);
        Assert.Equal(TimeSpan.FromSeconds(45), plan.Delay);
    }

    [Fact]
    public void Next_RetryStorm_BoundedCallsPerDay()
    {
        // A broken object with a 24 h interval must not call the backend more than every 5 minutes on average.
        var backoff = new RetryBackoff(new JitterSource(new Random(11)));
        var time = Now;
        var calls = 0;

        for (var failures = 1; time < Now.AddDays(1); failures++)
        {
            time = backoff.Next(FailureClass.Transient, failures, TimeSpan.FromHours(24), null, time).RetryAt;
            calls++;
        }

        Assert.InRange(calls, 250, 600);
    }

    [Theory]
    [InlineData(null, FailureClass.Transient)]
    [InlineData(500, FailureClass.Transient)]
    [InlineData(502, FailureClass.Transient)]
    [InlineData(503, FailureClass.Transient)]
    [InlineData(408, FailureClass.Transient)]
    [InlineData(429, FailureClass.RateLimited)]
    [InlineData(401, FailureClass.Authentication)]
    [InlineData(403, FailureClass.Authentication)]
    [InlineData(400, FailureClass.Configuration)]
    [InlineData(404, FailureClass.Configuration)]
    [InlineData(422, FailureClass.Configuration)]
    public void FromHttpStatus_Classifies(int? status, FailureClass expected)
    {
        var failureClass = FailureClassifier.FromHttpStatus(status);

        Assert.Equal(expected, failureClass);
    }
}
