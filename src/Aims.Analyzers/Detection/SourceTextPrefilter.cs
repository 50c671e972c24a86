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
/// re-scans only the edited file. An attribute applied through a using alias with another name is not seen. The files
/// this package generates are never scanned: the manifest they embed names attributes and hosts but declares nothing.
/// </summary>
internal static class SourceTextPrefilter
{
    private const string UrlSchemeSeparator = "://";
    private const int LongestHost = 253;

    // Every governance attribute's short name, without those that contain another ("AiSystem" finds PartOfAiSystem).
    private static readonly ImmutableArray<string> AttributeWords = MinimalWords(GovernanceAttributeSchema.All.Select(a => a.ShortName));

    private static readonly string ModelCallAttributeWord = GovernanceAttributeSchema.AiModelCall.ShortName;

    private static readonly SourceTextScanner Scanner = new(
        AttributeWords.Add(ModelCallAttributeWord).Add(UrlSchemeSeparator),
        UrlSchemeSeparator.Length + LongestHost);

    private static readonly TreeMentions NoMentions = new();

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
        GeneratedSourcePaths.IsOurs(tree.FilePath) ? NoMentions : Cache.GetValue(tree, t => Scan(t, cancellationToken));

    private static TreeMentions Scan(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var mentions = new TreeMentions();
        Scanner.Scan(tree.GetText(cancellationToken), (word, chunk, index, length) =>
        {
            if (word == UrlSchemeSeparator)
            {
                mentions.ModelHost |= IsModelHostAt(chunk, index + UrlSchemeSeparator.Length, length);
            }
            else
            {
                mentions.AimsAttribute = true;
                mentions.ModelCallAttribute |= word == ModelCallAttributeWord;
            }

            return mentions.ModelHost && mentions.ModelCallAttribute;
        });
        return mentions;
    }

    /// <summary>Whether the authority of a URL, starting at <paramref name="start"/>, names a model host.</summary>
    private static bool IsModelHostAt(char[] chunk, int start, int length)
    {
        var end = start;
        while (end < length && end - start < LongestHost && IsHostCharacter(chunk[end]))
        {
            end++;
        }

        var host = new string(chunk, start, end - start);
        return ModelHostCatalog.Hosts.Any(candidate => candidate.MatchesHost(host));
    }

    private static bool IsHostCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or ':' or '_';

    private static ImmutableArray<string> MinimalWords(System.Collections.Generic.IEnumerable<string> names)
    {
        var all = names.Distinct(StringComparer.Ordinal).ToList();
        return all.Where(name => !all.Any(other => other != name && name.IndexOf(other, StringComparison.Ordinal) >= 0)).ToImmutableArray();
    }

    private sealed class TreeMentions
    {
        public bool ModelHost { get; set; }

        public bool ModelCallAttribute { get; set; }

        public bool AimsAttribute { get; set; }
    }
}
