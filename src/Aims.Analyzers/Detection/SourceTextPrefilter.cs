using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Decides, before any binding, what a syntax tree can hold (<see cref="SourceMentions"/>, the scan the build's screening
/// runs on the same files). One scan per tree answers every question and is kept across compilations, so an edit
/// re-scans only the edited file. The files this package generates are never scanned: the manifest they embed names
/// attributes and hosts but declares nothing.
/// </summary>
internal static class SourceTextPrefilter
{
    private static readonly ConditionalWeakTable<SyntaxTree, SourceMentions> Cache = new();

    /// <summary>Whether any file can hold a model call when no AI SDK is referenced: a model-host URL, or an [AiModelCall].</summary>
    public static bool AnyTreeMayHoldModelCalls(Compilation compilation, bool includeModelCallAttribute, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var mentions = MentionsOf(tree, cancellationToken);
            if (mentions.ModelHost || (includeModelCallAttribute && mentions.ModelCallAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a file mentions any governance attribute: only such files are searched for declarations.</summary>
    public static bool MayUseAimsAttributes(SyntaxTree tree, CancellationToken cancellationToken) =>
        MentionsOf(tree, cancellationToken).AimsAttribute;

    /// <summary>What a file mentions, scanned once per tree.</summary>
    public static SourceMentions MentionsOf(SyntaxTree tree, CancellationToken cancellationToken) =>
        GeneratedSourcePaths.IsOurs(tree.FilePath) ? SourceMentions.None : Cache.GetValue(tree, t => Scan(t.GetText(cancellationToken)));

    private static SourceMentions Scan(Microsoft.CodeAnalysis.Text.SourceText text) => SourceMentions.Of(text.Length, text.CopyTo);
}
