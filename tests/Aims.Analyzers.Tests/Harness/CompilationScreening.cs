using System.Reflection.Metadata;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// The build's screening (<see cref="InputScreening"/>, which ScreenAimsInputs feeds from files) fed from a test
/// compilation instead, the way the task reads it: its references, its sources and its analyzer options as text. The
/// harnesses ask it of every compilation they analyze: where the analyzers (which screen the compilation itself) found
/// something, the task's way of reading the same inputs must not have run the compile without them.
/// </summary>
public static class CompilationScreening
{
    internal static CompilationInputs Of(Compilation compilation, IEnumerable<KeyValuePair<string, string>> analyzerOptions)
    {
        var screening = new InputScreening();
        foreach (var reference in compilation.References)
        {
            if (screening.AddReference((reference as PortableExecutableReference)?.FilePath ?? string.Empty))
            {
                screening.AddReferenceMetadata(MetadataOf(reference));
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            screening.AddSource(SourceMentions.Of(tree.GetText().ToString()));
        }

        foreach (var (key, value) in analyzerOptions)
        {
            if (key == InputScreening.ModelCallSymbolsPropertyKey)
            {
                screening.AddModelCallSymbols(value);
            }
            else
            {
                screening.AddAnalyzerConfiguration($"{key} = {value}");
            }
        }

        return screening.Inputs;
    }

    // A compilation reference has no metadata yet: like an unreadable file, it could be anything.
    private static MetadataReader? MetadataOf(MetadataReference reference) =>
        reference is PortableExecutableReference executable && executable.GetMetadata() is AssemblyMetadata assembly
            ? assembly.GetModules()[0].GetMetadataReader()
            : null;
}
