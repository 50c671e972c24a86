namespace Aims.Cli.Tests.Harness;

/// <summary>Files of the repository that the tests read: fixtures, schemas, validators and the docs they check.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Aims.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Aims.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
