using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Analyzers.Declarations;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Text scans that decide, before any binding, what a file can hold: a URL on a model host, an [AiModelCall], any
/// governance attribute. One scan per syntax tree answers all of them and is kept across compilations, so an edit
/// re-scans only the edited file. An attribute applied through a using alias with another name is not seen.
/// </summary>
internal static class SourceTextPrefilter
{
    private const string UrlSchemeSeparator = "://";
    private const int LongestHost = 253;

    // Every governance attribute's short name, without those that contain another ("AiSystem" finds PartOfAiSystem).
    private static readonly ImmutableArray<string> AttributeNeedles = MinimalNeedles(GovernanceAttributeSchema.All.Select(a => a.ShortName));

    private static readonly string ModelCallAttributeName = GovernanceAttributeSchema.AiModelCall.ShortName;

    private static readonly SourceTextScanner Scanner = new(LongestHost + UrlSchemeSeparator.Length);

    private static readonly ConditionalWeakTable<SyntaxTree, TreeMentions> Cache = new();

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

    private static TreeMentions MentionsOf(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.GetValue(tree, t => Scan(t, cancellationToken));

    private static TreeMentions Scan(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var modelCallAttribute = Scanner.Any(text, ModelCallAttributeName, StringComparison.Ordinal, static (_, _, _) => true);
        var aimsAttribute = modelCallAttribute ||
            AttributeNeedles.Any(needle => Scanner.Any(text, needle, StringComparison.Ordinal, static (_, _, _) => true));
        var modelHost = Scanner.Any(text, UrlSchemeSeparator, StringComparison.Ordinal, IsModelHostAt);
        return new TreeMentions(modelHost, modelCallAttribute, aimsAttribute);
    }

    /// <summary>Whether the URL whose "://" starts at <paramref name="index"/> names a model host.</summary>
    private static bool IsModelHostAt(char[] chunk, int index, int length)
    {
        var start = index + UrlSchemeSeparator.Length;
        var end = start;
        while (end < length && end - start < LongestHost && IsHostCharacter(chunk[end]))
        {
            end++;
        }

        var host = new string(chunk, start, end - start);
        return ModelHostCatalog.Hosts.Any(candidate => candidate.MatchesHost(host));
    }

    private static bool IsHostCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or ':' or '_';

    private static ImmutableArray<string> MinimalNeedles(System.Collections.Generic.IEnumerable<string> names)
    {
        var all = names.Distinct(StringComparer.Ordinal).ToList();
        return all.Where(name => !all.Any(other => other != name && name.IndexOf(other, StringComparison.Ordinal) >= 0)).ToImmutableArray();
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
