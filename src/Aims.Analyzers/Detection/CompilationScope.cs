using System.Linq;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The build's screening (<see cref="InputScreening"/>) asked of a compilation: its references, its syntax trees and its
/// analyzer options. Every analyzer starts from it and registers nothing where it finds no AI, so that a compile the
/// build runs without the package, after screening the same files, is one in which the analyzers would have reported
/// nothing. Read once per compilation.
/// </summary>
internal static class CompilationScope
{
    private static readonly ConditionalWeakTable<Compilation, CompilationInputs> Cache = new();

    public static bool MayHoldAi(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken) =>
        InputsOf(compilation, options, cancellationToken).MayHoldAi;

    public static CompilationInputs InputsOf(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken) =>
        Cache.GetValue(compilation, c => Screen(c, options, cancellationToken));

    private static CompilationInputs Screen(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var screening = new InputScreening();
        // The references as given: Compilation.References would bind them.
        foreach (var reference in compilation.ExternalReferences)
        {
            if (screening.AddReference((reference as PortableExecutableReference)?.FilePath ?? string.Empty))
            {
                screening.AddReferenceMetadata(MetadataOf(reference));
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            screening.AddSource(SourceTextPrefilter.MentionsOf(tree, cancellationToken));
        }

        var symbols = ModelCallSymbolsOption.Read(options, compilation, cancellationToken);
        screening.AddModelCallSymbols(string.Join(";", symbols.Ids.Concat(symbols.Malformed)));
        return screening.Inputs;
    }

    // A project reference in the IDE has no metadata file: like an unreadable one, it could be anything.
    private static MetadataReader? MetadataOf(MetadataReference reference)
    {
        try
        {
            return reference is PortableExecutableReference executable &&
                executable.GetMetadata() is AssemblyMetadata assembly &&
                assembly.GetModules() is { Length: > 0 } modules
                    ? modules[0].GetMetadataReader()
                    : null;
        }
        catch (System.BadImageFormatException)
        {
            return null;
        }
    }
}
