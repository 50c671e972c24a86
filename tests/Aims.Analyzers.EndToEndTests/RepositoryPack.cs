namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// Packs a project of the repository, one pack at a time: the package and the tool share src/ projects (Aims.Manifest),
/// and two packs building the same Release outputs at once overwrite each other's files.
/// </summary>
public static class RepositoryPack
{
    private static readonly SemaphoreSlim OnePackAtATime = new(1, 1);

    public static async Task<DotNetCli.Result> RunAsync(string project, string feedDirectory)
    {
        await OnePackAtATime.WaitAsync();
        try
        {
            return await DotNetCli.RunAsync(
                Aims.Analyzers.Tests.Documentation.RepositoryFiles.Root,
                "pack", project, "-c", "Release", "-o", feedDirectory, "-nologo", "-tl:off");
        }
        finally
        {
            OnePackAtATime.Release();
        }
    }
}
