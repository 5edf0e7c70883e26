namespace Btwc.Operator.Api.Tests;

public sealed class CrdFilesTests
{
    private const string UpdateVariable = "BTWC_UPDATE_CRDS";
    private const string UpdateCommand = "BTWC_UPDATE_CRDS=1 dotnet test tests/Btwc.Operator.Api.Tests";

    [Fact]
    public void CheckedInCrds_MatchGeneratedYaml()
    {
        var generated = CrdGenerator.GenerateAll();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            WriteFiles(generated);
        }

        var stale = new List<string>();
        foreach (var (fileName, yaml) in generated)
        {
            var path = Path.Combine(RepositoryPaths.CrdDirectory, fileName);
            if (!File.Exists(path) || File.ReadAllText(path) != yaml)
            {
                stale.Add(fileName);
            }
        }

        Assert.True(
            stale.Count == 0,
            $"deploy/crds is out of date with the C# types ({string.Join(", ", stale)}). Regenerate it with: {UpdateCommand}");
    }

    [Fact]
    public void CrdDirectory_HoldsNoExtraYaml()
    {
        var generated = CrdGenerator.GenerateAll().Keys.ToHashSet(StringComparer.Ordinal);

        var extra = Directory.GetFiles(RepositoryPaths.CrdDirectory, "*.yaml")
            .Select(Path.GetFileName)
            .Where(name => !generated.Contains(name!))
            .ToList();

        Assert.True(extra.Count == 0, $"deploy/crds holds files the generator does not write: {string.Join(", ", extra)}. Delete them.");
    }

    private static void WriteFiles(IReadOnlyDictionary<string, string> generated)
    {
        Directory.CreateDirectory(RepositoryPaths.CrdDirectory);
        foreach (var (fileName, yaml) in generated)
        {
            File.WriteAllText(Path.Combine(RepositoryPaths.CrdDirectory, fileName), yaml);
        }
    }
}
