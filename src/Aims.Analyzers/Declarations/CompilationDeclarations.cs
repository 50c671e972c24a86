using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Analyzers.Detection;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Declarations;

/// <summary>The analyzers' declaration graph of a compilation: built once, on first use, and shared by every rule.</summary>
internal static class CompilationDeclarations
{
    private static readonly ConditionalWeakTable<Compilation, ComputedOnce<DeclarationGraph>> Cache = new();

    /// <summary>Whether the compilation's source can hold governance attributes at all; when not, the rules register nothing.</summary>
    public static bool MayHaveSourceDeclarations(Compilation compilation, CancellationToken cancellationToken) =>
        compilation.GetTypeByMetadataName(AimsAttributeNames.AiSystemMetadataName) is not null &&
        compilation.SyntaxTrees.Any(tree => SourceTextPrefilter.MayUseAimsAttributes(tree, cancellationToken));

    public static DeclarationGraph Get(Compilation compilation, CancellationToken cancellationToken) =>
        Cache.GetOrCreateValue(compilation).Get(
            token => DeclarationGraph.Build(SourceDeclarationReader.Read(compilation, token).Concat(ReferencedDeclarationReader.Read(compilation, token))),
            cancellationToken);
}
