using Btwc.Client.Internal;

namespace Btwc.Client.Tests.Unit;

public sealed class RetryPlannerTests
{
    private static readonly BtwcRetryOptions Options = new()
    {
        MaxReadRetries = 3,
        MaxGenerateRetries = 2,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(3),
        MaxRetryDuration = TimeSpan.FromSeconds(20),
        JitterSource = () => 0,
    };

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(1, 2000)]
    [InlineData(2, 3000)]
    public void NextDelay_Read500_ExponentialCapped(int retriesDone, int expectedMs)
    {
        var planner = new RetryPlanner(Options);

        var delay = planner.NextDelay(Http(500), isGenerate: false, retriesDone, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void NextDelay_FullJitter_HalvesAtMost()
    {
        var planner = new RetryPlanner(new BtwcRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), JitterSource = () => 1 });

        var delay = planner.NextDelay(Http(503), isGenerate: false, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromMilliseconds(500), delay);
    }

    [Fact]
    public void NextDelay_AttemptsExhausted_Null()
    {
        var planner = new RetryPlanner(Options);

        Assert.Null(planner.NextDelay(Http(500), isGenerate: false, 3, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    public void NextDelay_ReadClientError_Null(int status)
    {
        var planner = new RetryPlanner(Options);

        Assert.Null(planner.NextDelay(Http(status), isGenerate: false, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void NextDelay_ReadTransientStatus_Retries(int status)
    {
        var planner = new RetryPlanner(Options);

        Assert.NotNull(planner.NextDelay(Http(status), isGenerate: false, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(BtwcErrorKind.Timeout, true)]
    [InlineData(BtwcErrorKind.Transport, true)]
    [InlineData(BtwcErrorKind.InvalidResponse, false)]
    [InlineData(BtwcErrorKind.ResponseTooLarge, false)]
    public void NextDelay_ReadByKind(BtwcErrorKind kind, bool retried)
    {
        var planner = new RetryPlanner(Options);

        var delay = planner.NextDelay(new BtwcApiException(kind, "failed"), isGenerate: false, 0, TimeSpan.Zero);

        Assert.Equal(retried, delay is not null);
    }

    [Fact]
    public void NextDelay_UntrustedCertificate_NotRetried()
    {
        var planner = new RetryPlanner(Options);
        var failure = new BtwcApiException(BtwcErrorKind.Transport, "failed") { IsCertificateNotTrusted = true };

        Assert.Null(planner.NextDelay(failure, isGenerate: false, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(503, true)]
    [InlineData(500, false)]
    [InlineData(502, false)]
    [InlineData(504, false)]
    [InlineData(408, false)]
    public void NextDelay_GenerateStatus_OnlyNotProcessed(int status, bool retried)
    {
        var planner = new RetryPlanner(Options);

        var delay = planner.NextDelay(Http(status), isGenerate: true, 0, TimeSpan.Zero);

        Assert.Equal(retried, delay is not null);
    }

    [Theory]
    [InlineData(BtwcErrorKind.Timeout)]
    [InlineData(BtwcErrorKind.Transport)]
    [InlineData(BtwcErrorKind.InvalidResponse)]
    [InlineData(BtwcErrorKind.EmptyCredential)]
    public void NextDelay_GenerateFailureKinds_NeverRetried(BtwcErrorKind kind)
    {
        var planner = new RetryPlanner(Options);

        Assert.Null(planner.NextDelay(new BtwcApiException(kind, "failed"), isGenerate: true, 0, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_GenerateRetriesExhausted_Null()
    {
        var planner = new RetryPlanner(Options);

        Assert.Null(planner.NextDelay(Http(429), isGenerate: true, 2, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_RetryAfter_PlusJitter()
    {
        var planner = new RetryPlanner(new BtwcRetryOptions { JitterSource = () => 0.5, MaxRetryDuration = TimeSpan.FromMinutes(1) });

        var delay = planner.NextDelay(Http(429, TimeSpan.FromSeconds(10)), isGenerate: true, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(10.5), delay);
    }

    [Fact]
    public void NextDelay_BeyondBudget_Null()
    {
        var planner = new RetryPlanner(Options);

        var delay = planner.NextDelay(Http(429, TimeSpan.FromSeconds(30)), isGenerate: false, 0, TimeSpan.Zero);

        Assert.Null(delay);
    }

    [Fact]
    public void NextDelay_BudgetPartlyUsed_Null()
    {
        var planner = new RetryPlanner(Options);

        var delay = planner.NextDelay(Http(500), isGenerate: false, 0, TimeSpan.FromSeconds(19.5));

        Assert.Null(delay);
    }

    private static BtwcApiException Http(int status, TimeSpan? retryAfter = null) =>
        new(BtwcErrorKind.Http, "failed") { StatusCode = status, RetryAfter = retryAfter };
}
