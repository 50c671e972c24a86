namespace Aims.Cli.Tests.Harness;

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("aims-cli-").FullName;

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Copies fixtures into the folder (or a sub-folder) and returns their new paths.</summary>
    public string[] CopyFixtures(string subFolder, params string[] names) => names.Select(name =>
    {
        var target = Combine(System.IO.Path.Combine(subFolder, name));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(Fixtures.PathOf(name), target);
        return target;
    }).ToArray();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
