namespace Btwc.Client.Tests.Unit;

public sealed class BtwcValidationTests
{
    [Theory]
    [InlineData("https://api.beyondtrust.io/site", "https://api.beyondtrust.io/site")]
    [InlineData("https://api.beyondtrust.io/site/", "https://api.beyondtrust.io/site")]
    [InlineData("https://api.beyondtrust.io/site///", "https://api.beyondtrust.io/site")]
    [InlineData("HTTPS://127.0.0.1:8443", "HTTPS://127.0.0.1:8443")]
    [InlineData("https://[::1]:9443/a/b", "https://[::1]:9443/a/b")]
    public void ValidateApiUrl_Valid_ReturnsWithoutTrailingSlash(string value, string expected)
    {
        var normalized = BtwcValidation.ValidateApiUrl(value);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null, "ApiUrl is empty")]
    [InlineData("", "ApiUrl is empty")]
    [InlineData("http://api.example.invalid/site", "uses the scheme \"http\"")]
    [InlineData("ftp://api.example.invalid/site", "uses the scheme \"ftp\"")]
    [InlineData("api.example.invalid/site", "is not an absolute URL")]
    [InlineData("/site", "is not an absolute URL")]
    [InlineData("https://api.example.invalid/site?x=1", "contains a query")]
    [InlineData("https://api.example.invalid/site#top", "contains a fragment")]
    [InlineData(" https://api.example.invalid/site", "surrounding whitespace")]
    public void ValidateApiUrl_Invalid_NamesFieldValueAndDefect(string? value, string defect)
    {
        var exception = Assert.Throws<BtwcConfigurationException>(() => BtwcValidation.ValidateApiUrl(value));

        Assert.Equal("ApiUrl", exception.Field);
        Assert.Contains(defect, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("ApiUrl", exception.Message, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(value))
        {
            Assert.Contains("\"" + value + "\"", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ValidateApiUrl_UserInfo_Masked()
    {
        var exception = Assert.Throws<BtwcConfigurationException>(() => BtwcValidation.ValidateApiUrl("https://user:hunter2@api.example.invalid/site"));

        Assert.Contains("user information", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a1b2c3d4-e5f6-7890-abcd-ef1234567890")]
    [InlineData("A1B2C3D4-E5F6-4890-ABCD-EF1234567890")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("12345678-1234-1234-1234-123456789012")]
    [InlineData("018f4e6a-7b3c-7d2e-9f10-112233445566")]
    public void ValidateSiteId_AnyUuidVersion_Accepted(string value)
    {
        var siteId = BtwcValidation.ValidateSiteId(value);

        Assert.Equal(value, siteId);
    }

    [Theory]
    [InlineData(null, "SiteId is empty")]
    [InlineData("", "SiteId is empty")]
    [InlineData("not-a-uuid", "is not a UUID")]
    [InlineData("a1b2c3d4e5f67890abcdef1234567890", "is not a UUID")]
    [InlineData("{a1b2c3d4-e5f6-7890-abcd-ef1234567890}", "without braces")]
    [InlineData("urn:uuid:a1b2c3d4-e5f6-7890-abcd-ef1234567890", "without braces")]
    [InlineData(" a1b2c3d4-e5f6-7890-abcd-ef1234567890", "surrounding whitespace")]
    [InlineData("g1b2c3d4-e5f6-7890-abcd-ef1234567890", "is not a UUID")]
    public void ValidateSiteId_Invalid_NamesFieldValueAndFix(string? value, string defect)
    {
        var exception = Assert.Throws<BtwcConfigurationException>(() => BtwcValidation.ValidateSiteId(value));

        Assert.Equal("SiteId", exception.Field);
        Assert.Contains(defect, exception.Message, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(value))
        {
            Assert.Contains("\"" + value + "\"", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryValidateSiteId_Invalid_ReturnsError()
    {
        var valid = BtwcValidation.TryValidateSiteId("nope", out var error);

        Assert.False(valid);
        Assert.Contains("\"nope\"", error, StringComparison.Ordinal);
    }
}
