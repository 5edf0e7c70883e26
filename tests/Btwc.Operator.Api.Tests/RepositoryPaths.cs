namespace Btwc.Operator.Api.Tests;

/// <summary>Paths inside the repository, found from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string CrdDirectory => Path.Combine(Root, "deploy", "crds");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "btwc-operator.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above '{AppContext.BaseDirectory}' contains btwc-operator.slnx.");
    }
}
