using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Benchmarks;

/// <summary>
/// A real codebase for the in-process benchmarks: every .cs file under the folder named by <c>AIMS_BENCH_SOURCES</c>
/// (bin and obj aside), compiled against the running framework, as <see cref="BenchmarkProject.RealSources"/>.
/// </summary>
public static class RealSources
{
    public const string Variable = "AIMS_BENCH_SOURCES";

    public static string? Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;

    public static CSharpCompilation Create()
    {
        var folder = Folder ?? throw new InvalidOperationException($"Set {Variable} to the folder of a codebase to measure.");
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(folder, path)))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .ToList();
        return CSharpCompilation.Create(
            Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)),
            trees,
            GeneratedProject.References(withAiSdks: false),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
