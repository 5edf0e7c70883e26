using Kube.Emulator.Api;
using Kube.Emulator.Selectors;

namespace Kube.Emulator.Tests.Units;

public sealed class SelectorTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["app"] = "db", ["tier"] = "backend", ["replicas"] = "3" };

    [Theory]
    [InlineData("", true)]
    [InlineData("app=db", true)]
    [InlineData("app==db", true)]
    [InlineData("app!=db", false)]
    [InlineData("app=db,tier=frontend", false)]
    [InlineData("tier in (frontend, backend)", true)]
    [InlineData("tier notin (backend)", false)]
    [InlineData("missing notin (x)", true)]
    [InlineData("app", true)]
    [InlineData("!app", false)]
    [InlineData("!missing", true)]
    [InlineData("replicas>2", true)]
    [InlineData("replicas<2", false)]
    [InlineData("app in (db),tier", true)]
    public void LabelSelector_Matches(string selector, bool expected)
    {
        LabelSelector parsed = LabelSelector.Parse(selector);

        Assert.Equal(expected, parsed.Matches(Labels));
    }

    [Theory]
    [InlineData("tier in (backend")]
    [InlineData("tier within (backend)")]
    [InlineData("app=db,,tier=x")]
    public void LabelSelector_Malformed_ReturnsBadRequest(string selector)
    {
        var error = Assert.Throws<ApiException>(() => LabelSelector.Parse(selector));

        Assert.Equal(400, error.Code);
    }

    [Fact]
    public void FieldSelector_UnsupportedField_ReturnsBadRequest()
    {
        var error = Assert.Throws<ApiException>(() => FieldSelector.Parse("spec.size=3", []));

        Assert.Equal(400, error.Code);
        Assert.Equal("field label not supported: spec.size", error.Message);
    }

    [Fact]
    public void FieldSelector_EscapedComma_KeepsValueWhole()
    {
        FieldSelector parsed = FieldSelector.Parse(@"metadata.name=a\,b", []);

        Assert.Equal("a,b", parsed.RequiredName);
    }
}
