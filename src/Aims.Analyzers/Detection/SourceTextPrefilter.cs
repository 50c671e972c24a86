using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A text scan that decides, before any binding, whether a compilation without AI SDK references can contain AI
/// usage at all. Results are kept per syntax tree, so an edit re-scans only the edited file.
/// </summary>
internal static class SourceTextPrefilter
{
    private const string ModelCallAttributeName = "AiModelCall";

    private static readonly ConditionalWeakTable<SyntaxTree, TreeMentions> Cache = new();

    public static bool AnyTreeMayHoldModelCalls(Compilation compilation, bool includeModelCallAttribute, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = Cache.GetValue(tree, t => Scan(t, cancellationToken));
            if (mentions.ModelHost || (includeModelCallAttribute && mentions.ModelCallAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static TreeMentions Scan(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        var modelHost = false;
        foreach (var host in ModelHostCatalog.Hosts)
        {
            if (text.IndexOf(host.Needle, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                modelHost = true;
                break;
            }
        }

        return new TreeMentions(modelHost, text.IndexOf(ModelCallAttributeName, StringComparison.Ordinal) >= 0);
    }

    private sealed class TreeMentions
    {
        public TreeMentions(bool modelHost, bool modelCallAttribute)
        {
            ModelHost = modelHost;
            ModelCallAttribute = modelCallAttribute;
        }

        public bool ModelHost { get; }

        public bool ModelCallAttribute { get; }
    }
}
