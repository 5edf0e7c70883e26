using Btwc.Operator.Runtime.Leadership;
using Btwc.Operator.Runtime.Leadership.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Btwc.Operator.Tests.Runtime;

/// <summary>The de-duplication rules of leader election's failure log, one call at a time.</summary>
public sealed class LeaderElectionLeaseHealthTests
{
    [Fact]
    public void RepeatedMessage_LoggedAtDebug()
    {
        var logger = new FakeLogger();
        var health = new LeaseHealth(logger, new LeaderElectionOptions());

        health.Failed(new HttpRequestException("Connection refused"));
        health.Failed(new HttpRequestException("Connection refused"));
        health.Failed(new HttpRequestException("Connection refused"));

        var levels = logger.Collector.GetSnapshot().Select(record => record.Level).ToList();
        Assert.Equal([LogLevel.Warning, LogLevel.Debug, LogLevel.Debug], levels);
        Assert.Equal("Connection refused", health.LastError);
    }

    [Fact]
    public void ChangedMessage_WarnsAgain()
    {
        var logger = new FakeLogger();
        var health = new LeaseHealth(logger, new LeaderElectionOptions());

        health.Failed(new HttpRequestException("Connection refused"));
        health.Failed(new HttpRequestException("Name or service not known"));

        var records = logger.Collector.GetSnapshot();
        Assert.Equal(2, records.Count);
        Assert.All(records, record => Assert.Equal(LogLevel.Warning, record.Level));
        Assert.Contains("Name or service not known", records[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameExceptionTwice_CountsOnce()
    {
        var logger = new FakeLogger();
        var health = new LeaseHealth(logger, new LeaderElectionOptions());
        var error = new HttpRequestException("Connection refused");

        health.Failed(error);
        health.Failed(new AggregateException(error));
        health.Succeeded();

        var records = logger.Collector.GetSnapshot();
        Assert.Equal(2, records.Count);
        Assert.Contains("after 1 failed attempts", records[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedType_KeepsStackTrace()
    {
        var logger = new FakeLogger();
        var health = new LeaseHealth(logger, new LeaderElectionOptions());

        health.Failed(new InvalidOperationException("endpoint not initialized"));
        health.Failed(new HttpRequestException("Connection refused"));

        var records = logger.Collector.GetSnapshot();
        Assert.IsType<InvalidOperationException>(records[0].Exception);
        Assert.Contains("unexpected InvalidOperationException", records[0].Message, StringComparison.Ordinal);
        Assert.Null(records[1].Exception);
    }

    [Fact]
    public void Recovery_LoggedOnceAtInformation()
    {
        var logger = new FakeLogger();
        var health = new LeaseHealth(logger, new LeaderElectionOptions { LeaseNamespace = "btwc-system", LeaseName = "leader" });

        health.Failed(new HttpRequestException("Connection refused"));
        health.Failed(new HttpRequestException("Connection refused"));
        health.Succeeded();
        health.Succeeded();

        var last = logger.Collector.GetSnapshot().Last();
        Assert.Equal(3, logger.Collector.Count);
        Assert.Equal(LogLevel.Information, last.Level);
        Assert.Equal("Leader election reached Lease btwc-system/leader again after 2 failed attempts", last.Message);
        Assert.True(health.IsReachable);
        Assert.Null(health.LastError);
    }
}
