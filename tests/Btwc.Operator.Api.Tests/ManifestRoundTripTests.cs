using System.Text.Json.Nodes;

namespace Btwc.Operator.Api.Tests;

public sealed class ManifestRoundTripTests
{
    public static TheoryData<string> ManifestFiles => [.. Manifests.FileNames];

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Yaml_ReadIntoTypesAndWrittenAsJson_KeepsEveryField(string fileName)
    {
        foreach (var document in Manifests.Documents(fileName))
        {
            var expected = Manifests.ReadJson(document);

            var typed = Manifests.ReadTyped(document);
            var written = Manifests.WriteJson(typed);

            AssertSameJson(expected, written, fileName);
        }
    }

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Json_ReadIntoTypesAndWrittenBack_KeepsEveryField(string fileName)
    {
        foreach (var document in Manifests.Documents(fileName))
        {
            var expected = Manifests.ReadJson(document);
            var type = Manifests.ReadTyped(document).GetType();

            var typed = Manifests.ReadTypedFromJson(expected, type);
            var written = Manifests.WriteJson(typed);

            AssertSameJson(expected, written, fileName);
        }
    }

    [Fact]
    public void ManifestFiles_IncludeEveryDocumentExample()
    {
        var names = Manifests.FileNames;

        Assert.Contains("doc-externalsecret-45m.yaml", names);
        Assert.Contains("doc-reusability.yaml", names);
        Assert.Contains("doc-generator-auth.yaml", names);
        Assert.Contains("doc-complete-generator.yaml", names);
        Assert.Contains("doc-complete-externalsecret.yaml", names);
        Assert.Equal(2, Manifests.Documents("doc-reusability.yaml").Count);
    }

    private static void AssertSameJson(JsonNode expected, JsonNode actual, string fileName)
    {
        var expectedText = expected.ToJsonString();
        var actualText = actual.ToJsonString();

        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"{fileName} changed in the round trip.\nexpected: {expectedText}\nactual:   {actualText}");
    }
}
