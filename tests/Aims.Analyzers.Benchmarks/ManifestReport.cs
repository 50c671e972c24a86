using Aims.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Benchmarks;

/// <summary>`dotnet run -c Release -- manifest-report`: the manifest's size and which steps re-ran after an unrelated edit.</summary>
public static class ManifestReport
{
    public static void Print()
    {
        var compilation = GeneratedInventory.Create();
        var driver = CSharpGeneratorDriver.Create([new AimsManifestGenerator().AsSourceGenerator()], driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var json = (string)output.Assembly.GetAttributes()
            .Single(a => a.AttributeClass?.Name == "AssemblyMetadataAttribute" && (string?)a.ConstructorArguments[0].Value == "Aims.Manifest")
            .ConstructorArguments[1].Value!;
        Console.WriteLine($"1,000 declared systems (10,000 call sites, which the embedded declarations do not hold): embedded manifest {System.Text.Encoding.UTF8.GetByteCount(json):N0} bytes");

        var edited = driver.RunGenerators(WithUnrelatedEdit(compilation));
        foreach (var (step, runs) in edited.GetRunResult().Results.Single().TrackedSteps.Where(s => !s.Key.Contains('_')).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = runs.SelectMany(run => run.Outputs).GroupBy(output => output.Reason).Select(group => $"{group.Key} {group.Count()}");
            Console.WriteLine($"  after an unrelated edit, {step}: {string.Join(", ", reasons)}");
        }
    }

    /// <summary>A comment appended to one file: no governance fact or line number changes.</summary>
    public static CSharpCompilation WithUnrelatedEdit(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.First();
        var text = tree.GetText();
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.Replace(text.Length, 0, "\n// an unrelated edit\n")));
    }
}
