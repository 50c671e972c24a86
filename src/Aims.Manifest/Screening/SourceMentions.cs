using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Screening;

/// <summary>
/// What a source text mentions, decided from its characters alone (no parsing, no binding): a URL on a model host, the
/// short name of an Aims governance attribute ([AiModelCall] in particular), and the word Aims, without which no source
/// can name those attributes (a using directive, a qualified name, an alias, or the namespace of a copy compiled from
/// source). Everything the analyzers look for in source starts from these, so a compilation none of whose files mentions
/// them holds nothing they could find by its text. The analyzers ask it of each syntax tree, and the build's screening of
/// each source file, with this one scan.
/// </summary>
internal sealed class SourceMentions
{
    private const string UrlSchemeSeparator = "://";
    private const int LongestHost = 253;
    private const string AimsWord = AimsAttributeNames.Namespace;

    // Every governance attribute's short name, without those that contain another ("AiSystem" finds PartOfAiSystem).
    private static readonly string[] AttributeWords = MinimalWords(AimsAttributeNames.All.Select(ShortName));

    private static readonly string ModelCallAttributeWord = ShortName(AimsAttributeNames.AiModelCall);

    private static readonly TextScanner Scanner = new(
        AttributeWords.Concat(new[] { ModelCallAttributeWord, AimsWord, UrlSchemeSeparator }).Distinct(StringComparer.Ordinal),
        UrlSchemeSeparator.Length + LongestHost);

    /// <summary>Mentions nothing: a file that is known to declare nothing (the package's own generated file).</summary>
    public static SourceMentions None { get; } = new();

    /// <summary>Mentions everything: a file that could not be read, and so could hold anything.</summary>
    public static SourceMentions Everything { get; } = new() { ModelHost = true, AimsAttribute = true, ModelCallAttribute = true, AimsNamespace = true };

    /// <summary>A URL whose authority is a model host (<see cref="ModelHosts"/>).</summary>
    public bool ModelHost { get; private set; }

    /// <summary>The short name of any governance attribute, [AiModelCall] included.</summary>
    public bool AimsAttribute { get; private set; }

    /// <summary>The short name of [AiModelCall].</summary>
    public bool ModelCallAttribute { get; private set; }

    /// <summary>The word Aims, as in <c>using Aims;</c>, <c>[Aims.AiSystem(...)]</c> or <c>namespace Aims</c>.</summary>
    public bool AimsNamespace { get; private set; }

    public static SourceMentions Of(string text) => Of(text.Length, text.CopyTo);

    public static SourceMentions Of(int textLength, TextCopier copy)
    {
        var mentions = new SourceMentions();
        Scanner.Scan(textLength, copy, (word, chunk, index, length) =>
        {
            if (word == UrlSchemeSeparator)
            {
                mentions.ModelHost |= IsModelHostAt(chunk, index + UrlSchemeSeparator.Length, length);
            }
            else if (word == AimsWord)
            {
                mentions.AimsNamespace = true;
            }
            else
            {
                mentions.AimsAttribute = true;
                mentions.ModelCallAttribute |= word == ModelCallAttributeWord;
            }

            return mentions.ModelHost && mentions.ModelCallAttribute && mentions.AimsNamespace;
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
        return ModelHosts.All.Any(candidate => candidate.MatchesHost(host));
    }

    private static bool IsHostCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or ':' or '_';

    private static string ShortName(string attributeName) => attributeName.Substring(0, attributeName.Length - "Attribute".Length);

    private static string[] MinimalWords(IEnumerable<string> names)
    {
        var all = names.Distinct(StringComparer.Ordinal).ToList();
        return all.Where(name => !all.Any(other => other != name && name.IndexOf(other, StringComparison.Ordinal) >= 0)).ToArray();
    }
}
