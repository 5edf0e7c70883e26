using Btwc.Client.Internal;

namespace Btwc.Client.Tests.Unit;

public sealed class Rfc3339Tests
{
    [Theory]
    [InlineData("2025-12-29T22:35:29Z", "2025-12-29T22:35:29.0000000+00:00")]
    [InlineData("2025-12-29t22:35:29z", "2025-12-29T22:35:29.0000000+00:00")]
    [InlineData("2025-12-29T23:35:29+01:00", "2025-12-29T22:35:29.0000000+00:00")]
    [InlineData("2025-12-29T22:35:29.123456789Z", "2025-12-29T22:35:29.1234567+00:00")]
    public void TryParse_Valid_ParsesInstant(string text, string expected)
    {
        var parsed = Rfc3339.TryParse(text, out var value);

        Assert.True(parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2025-12-29 22:35:29")]
    [InlineData("12/29/2025")]
    [InlineData("1754110382")]
    [InlineData("")]
    public void TryParse_NotRfc3339_False(string text)
    {
        Assert.False(Rfc3339.TryParse(text, out _));
    }
}
