using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Cli.Tests.Quality;

/// <summary>The C# sources the aims tool is compiled from (its own and the files it links), as a Roslyn compilation.</summary>
public static partial class ToolSources
{
    private static readonly string ProjectFolder = Harness.RepositoryRoot.Combine("src/Aims.Cli");

    /// <summary>The tool's own source files, relative to src/Aims.Cli.</summary>
    public static IReadOnlyList<string> OwnFiles { get; } = Directory.GetFiles(ProjectFolder, "*.cs", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(ProjectFolder, path).Replace('\\', '/'))
        .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The files of other projects that Aims.Cli.csproj compiles in with &lt;Compile Include Link&gt;.</summary>
    public static IReadOnlyList<string> LinkedFiles { get; } = LinkedCompileItem().Matches(File.ReadAllText(Path.Combine(ProjectFolder, "Aims.Cli.csproj")))
        .Select(match => Path.GetFullPath(Path.Combine(ProjectFolder, match.Groups["path"].Value.Replace('\\', '/'))))
        .ToList();

    public static CSharpCompilation Compile()
    {
        var trees = OwnFiles.Select(file => Path.Combine(ProjectFolder, file)).Concat(LinkedFiles)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(System.CommandLine.Command).Assembly.Location)
            .Append(typeof(Aims.Manifest.ManifestWriter).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "aims",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    [GeneratedRegex("<Compile Include=\"(?<path>[^\"]+)\"")]
    private static partial Regex LinkedCompileItem();
}
