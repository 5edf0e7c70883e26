using Btwc.Operator.Decisions.Durations;

namespace Btwc.Operator.Tests.Decisions.Durations;

public sealed class GoDurationTests
{
    public static TheoryData<string, long> ValidDurations => new()
    {
        { "0", 0 },
        { "+0", 0 },
        { "-0", 0 },
        { "1h0m0s", 3_600_000_000_000 },
        { "1h", 3_600_000_000_000 },
        { "45m", 2_700_000_000_000 },
        { "1.5h", 5_400_000_000_000 },
        { "300ms", 300_000_000 },
        { "-1m", -60_000_000_000 },
        { "1h30m", 5_400_000_000_000 },
        { "2h45m30.5s", 9_930_500_000_000 },
        { "1ns", 1 },
        { "1us", 1_000 },
        { "1\u00b5s", 1_000 },
        { "1\u03bcs", 1_000 },
        { ".5s", 500_000_000 },
        { "5.s", 5_000_000_000 },
        { "0s", 0 },
        { "1.0000000001s", 1_000_000_000 },
        { "9223372036854775807ns", long.MaxValue },
        { "-9223372036854775808ns", long.MinValue },
        { "0.100000000000000000000000001s", 100_000_000 },
    };

    [Theory]
    [MemberData(nameof(ValidDurations))]
    public void ParseNanoseconds_Valid_ReturnsGoValue(string text, long expected)
    {
        var nanoseconds = GoDuration.ParseNanoseconds(text);

        Assert.Equal(expected, nanoseconds);
    }

    [Theory]
    [InlineData("", "the value is empty")]
    [InlineData("-", "the value is empty")]
    [InlineData("1", "a unit is missing")]
    [InlineData("1x", "unknown unit \"x\"")]
    [InlineData("1H", "unknown unit \"H\"")]
    [InlineData("1d", "unknown unit \"d\"")]
    [InlineData("h", "unexpected character 'h'")]
    [InlineData(".s", "a number has no digits")]
    [InlineData(" 1h", "unexpected character ' '")]
    [InlineData("1h ", "unknown unit \"h \"")]
    [InlineData("9223372036854775808ns", "out of range")]
    [InlineData("3000000h", "out of range")]
    public void TryParse_Invalid_NamesValueAndDefect(string text, string defect)
    {
        var parsed = GoDuration.TryParse(text, out _, out var error);

        Assert.False(parsed);
        Assert.Contains($"\"{text}\"", error, StringComparison.Ordinal);
        Assert.Contains(defect, error, StringComparison.Ordinal);
        Assert.Contains("\"1h30m\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionNamingValue()
    {
        var exception = Assert.Throws<FormatException>(() => GoDuration.Parse("ten minutes"));

        Assert.Contains("\"ten minutes\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReportsMissingValue()
    {
        var parsed = GoDuration.TryParse(null, out _, out var error);

        Assert.False(parsed);
        Assert.Contains("missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatesBelowOneTick()
    {
        var duration = GoDuration.Parse("1.00000015s");

        Assert.Equal(TimeSpan.FromTicks(10_000_001), duration);
    }

    public static TheoryData<long, string> Formats => new()
    {
        { 0, "0s" },
        { 1, "1ns" },
        { 999, "999ns" },
        { 1_000, "1\u00b5s" },
        { 1_500, "1.5\u00b5s" },
        { 300_000_000, "300ms" },
        { 1_500_000_000, "1.5s" },
        { 60_000_000_000, "1m0s" },
        { 2_700_000_000_000, "45m0s" },
        { 3_600_000_000_000, "1h0m0s" },
        { 5_400_000_000_000, "1h30m0s" },
        { 9_930_500_000_000, "2h45m30.5s" },
        { -60_000_000_000, "-1m0s" },
        { 100_000_000_000_000, "27h46m40s" },
        { long.MaxValue, "2562047h47m16.854775807s" },
        { long.MinValue, "-2562047h47m16.854775808s" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void FormatNanoseconds_MatchesGoString(long nanoseconds, string expected)
    {
        var text = GoDuration.FormatNanoseconds(nanoseconds);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_TimeSpan_UsesGoForm()
    {
        var text = GoDuration.Format(TimeSpan.FromMinutes(43.2));

        Assert.Equal("43m12s", text);
    }

    [Theory]
    [InlineData("1h0m0s")]
    [InlineData("45m0s")]
    [InlineData("1.5s")]
    [InlineData("-3h2m1.000000001s")]
    public void FormatNanoseconds_RoundTripsParse(string text)
    {
        var roundTripped = GoDuration.FormatNanoseconds(GoDuration.ParseNanoseconds(text));

        Assert.Equal(text, roundTripped);
    }

    [Fact]
    public void TryParseField_Invalid_NamesFieldAndValue()
    {
        var parsed = GoDuration.TryParseField("spec.refreshInterval", "1 hour", out _, out var error);

        Assert.False(parsed);
        Assert.StartsWith("Invalid spec.refreshInterval \"1 hour\": ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseField_Valid_ReturnsDuration()
    {
        var parsed = GoDuration.TryParseField("spec.refreshInterval", "1h0m0s", out var duration, out var error);

        Assert.True(parsed);
        Assert.Null(error);
        Assert.Equal(TimeSpan.FromHours(1), duration);
    }
}
