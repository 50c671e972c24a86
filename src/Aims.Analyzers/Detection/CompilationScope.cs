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
/// analyzer options. Every analyzer starts from it and registers nothing where it finds no AI (but the inventory's end
/// record, AIMS023), so that a compile the build runs without the package, after screening the same files, is one in
/// which the analyzers would have reported nothing. Read once per compilation; the options are the compilation's own,
/// the same for every analyzer that asks.
/// </summary>
internal static class CompilationScope
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> Cache = new();

    public static bool MayHoldAi(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken) =>
        Cache.GetValue(compilation, c => new StrongBox<bool>(Screen(c, options, cancellationToken))).Value;

    /// <summary>Stops at the first input that decides; the options, read from every file's section, come last.</summary>
    private static bool Screen(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var screening = new InputScreening();

        // The references as given: Compilation.References would bind them.
        foreach (var reference in compilation.ExternalReferences)
        {
            if (screening.AddReference((reference as PortableExecutableReference)?.FilePath ?? string.Empty))
            {
                screening.AddReferenceMetadata(MetadataOf(reference));
            }

            if (screening.MayHoldAi)
            {
                return true;
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            screening.AddSource(SourceTextPrefilter.MentionsOf(tree, cancellationToken));
            if (screening.MayHoldAi)
            {
                return true;
            }
        }

        var symbols = ModelCallSymbolsOption.Read(options, compilation, cancellationToken);
        screening.AddModelCallSymbols(string.Join(";", symbols.Ids.Concat(symbols.Malformed)));
        return screening.MayHoldAi;
    }

    // A project reference in the IDE has no metadata file: like an unreadable, missing or locked one (GetMetadata's
    // documented failures), it could be anything.
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
        catch (System.Exception exception) when (exception is System.BadImageFormatException or System.IO.IOException or System.NotSupportedException)
        {
            return null;
        }
    }
}
