using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Text scans that decide, before any binding, what a file can hold: a model host URL, an [AiModelCall], any Aims
/// attribute. One scan per syntax tree answers all three and is kept across compilations, so an edit re-scans only the
/// edited file. An Aims attribute applied through a using alias with another name is not seen.
/// </summary>
internal static class SourceTextPrefilter
{
    private const string ModelCallAttributeName = "AiModelCall";

    // "AiSystem" also finds PartOfAiSystem and AiManagementSystem; "AiModel" also finds AiModelCall.
    private static readonly ImmutableArray<string> AimsAttributeNames = ImmutableArray.Create(
        "AiSystem", "HumanOversight", "DataSource", "AiModel", "AiDisclosure", "AiEventLogging", "AiEvaluation", "AiRisk",
        "AiControlApplicability");

    private static readonly ConditionalWeakTable<SyntaxTree, TreeMentions> Cache = new();

    /// <summary>Whether any file can hold a model call when no AI SDK is referenced: a model host, or an [AiModelCall].</summary>
    public static bool AnyTreeMayHoldModelCalls(Compilation compilation, bool includeModelCallAttribute, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = MentionsOf(tree, cancellationToken);
            if (mentions.ModelHost || (includeModelCallAttribute && mentions.ModelCallAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a file mentions any Aims attribute name: only such files are searched for declarations.</summary>
    public static bool MayUseAimsAttributes(SyntaxTree tree, CancellationToken cancellationToken) =>
        MentionsOf(tree, cancellationToken).AimsAttribute;

    private static TreeMentions MentionsOf(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.GetValue(tree, t => Scan(t, cancellationToken));

    private static TreeMentions Scan(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        return new TreeMentions(
            ContainsAny(text, ModelHostCatalog.Hosts.Select(host => host.Needle), StringComparison.OrdinalIgnoreCase),
            text.IndexOf(ModelCallAttributeName, StringComparison.Ordinal) >= 0,
            ContainsAny(text, AimsAttributeNames, StringComparison.Ordinal));
    }

    private static bool ContainsAny(string text, System.Collections.Generic.IEnumerable<string> needles, StringComparison comparison)
    {
        foreach (var needle in needles)
        {
            if (text.IndexOf(needle, comparison) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class TreeMentions
    {
        public TreeMentions(bool modelHost, bool modelCallAttribute, bool aimsAttribute)
        {
            ModelHost = modelHost;
            ModelCallAttribute = modelCallAttribute;
            AimsAttribute = aimsAttribute;
        }

        public bool ModelHost { get; }

        public bool ModelCallAttribute { get; }

        public bool AimsAttribute { get; }
    }
}
