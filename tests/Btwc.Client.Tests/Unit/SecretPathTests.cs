namespace Btwc.Client.Tests.Unit;

public sealed class SecretPathTests
{
    [Theory]
    [InlineData("production/aws-temp", "production", "aws-temp")]
    [InlineData("a/b/c/name", "a/b/c", "name")]
    [InlineData("name", "", "name")]
    [InlineData("/prod/db/password", "prod/db", "password")]
    [InlineData("/name", "", "name")]
    [InlineData("dossier é/clé ü", "dossier é", "clé ü")]
    [InlineData("f?x#y/n&m=1", "f?x#y", "n&m=1")]
    public void Parse_ValidPath_SplitsFolderAndName(string text, string folder, string name)
    {
        var path = SecretPath.Parse(text);

        Assert.Equal(folder, path.Folder);
        Assert.Equal(name, path.Name);
        Assert.Equal(folder.Length == 0, path.IsRoot);
    }

    [Theory]
    [InlineData("production/aws-temp")]
    [InlineData("name")]
    public void ToString_ParsedPath_RoundTrips(string text)
    {
        var path = SecretPath.Parse(text);

        Assert.Equal(text, path.ToString());
    }

    [Theory]
    [InlineData(null, "is empty")]
    [InlineData("", "is empty")]
    [InlineData("/", "has no name")]
    [InlineData("prod/db/", "ends with \"/\"")]
    [InlineData("a//b", "empty segment")]
    [InlineData("//name", "empty segment")]
    [InlineData("a/../b", "\"..\"")]
    [InlineData("a/.", "\".\"")]
    [InlineData("a/b\nc", "control character U+000A")]
    public void Parse_InvalidPath_ThrowsWithReason(string? text, string reason)
    {
        var exception = Assert.Throws<BtwcConfigurationException>(() => SecretPath.Parse(text));

        Assert.Equal("path", exception.Field);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidPath_QuotesValue()
    {
        var exception = Assert.Throws<BtwcConfigurationException>(() => SecretPath.Parse("prod/db/"));

        Assert.Contains("\"prod/db/\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_InvalidPath_ReturnsError()
    {
        var parsed = SecretPath.TryParse("a//b", out _, out var error);

        Assert.False(parsed);
        Assert.NotNull(error);
    }

    [Fact]
    public void Constructor_EmptyName_Throws()
    {
        Assert.Throws<BtwcConfigurationException>(() => new SecretPath("prod", ""));
    }

    [Fact]
    public void Equality_SameFolderAndName_Equal()
    {
        Assert.Equal(SecretPath.Parse("/a/b"), new SecretPath("a", "b"));
    }
}
