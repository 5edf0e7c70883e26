using Kube.Emulator.Schema.Internal;

namespace Kube.Emulator.Tests.Schema;

public sealed class HumanDurationTests
{
    public static TheoryData<double, string> Cases => new()
    {
        // age in seconds, expected text
        { -5, "<invalid>" },
        { -1.5, "0s" },
        { 0, "0s" },
        { 119, "119s" },
        { 120, "2m" },
        { 330, "5m30s" },
        { 600, "10m" },
        { 179 * 60, "179m" },
        { 3 * 3600, "3h" },
        { 3 * 3600 + 60 * 5, "3h5m" },
        { 8 * 3600, "8h" },
        { 47 * 3600, "47h" },
        { 48 * 3600, "2d" },
        { 50 * 3600, "2d2h" },
        { 8 * 86400, "8d" },
        { 729 * 86400, "729d" },
        { 730 * 86400, "2y" },
        { 731 * 86400, "2y1d" },
        { 8 * 365 * 86400, "8y" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_Age_MatchesApiServer(double seconds, string expected)
    {
        var text = HumanDuration.Format(TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, text);
    }
}
