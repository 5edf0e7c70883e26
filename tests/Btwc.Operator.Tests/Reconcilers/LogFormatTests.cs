using Btwc.Operator.Reconcilers;

namespace Btwc.Operator.Tests.Reconcilers;

public sealed class LogFormatTests
{
    [Fact]
    public void Time_AnyOffset_Rfc3339Utc()
    {
        var text = Log.Time(new DateTimeOffset(2026, 12, 5, 1, 38, 24, 700, TimeSpan.FromHours(1)));

        Assert.Equal("2026-12-05T00:38:24Z", text);
    }

    [Fact]
    public void Time_Missing_None()
    {
        Assert.Equal("none", Log.Time(null));
    }

    [Theory]
    [InlineData(3_600_000, "1h0m0s")]
    [InlineData(2_700_000, "45m0s")]
    [InlineData(2_400, "2s")]
    [InlineData(500, "500ms")]
    public void Delay_Milliseconds_GoDuration(int milliseconds, string expected)
    {
        Assert.Equal(expected, Log.Delay(TimeSpan.FromMilliseconds(milliseconds)));
    }
}
