using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Detection;

/// <summary>
/// What a function tool does, read from the verb its name begins with ('SendInvoice', 'delete_file', 'get-weather'):
/// the name is what the model reads to decide what the tool does, so it is what the code says of it. A name that begins
/// with no verb listed here says nothing: its effect stays unknown.
/// </summary>
internal static class ToolEffects
{
    /// <summary>
    /// Verbs of tools that change something outside the model: send, write, delete, pay, run. Words that begin noun
    /// phrases as often as commands ('OrderHistory', 'StoreHours', 'PlaceDetails', 'BookTitle', 'MessageCount') are not
    /// listed: a name is evidence only where it cannot be read the other way.
    /// </summary>
    public static ImmutableSortedSet<string> ActingVerbs { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
    [
        "add", "append", "approve", "archive", "assign", "ban", "block", "buy", "cancel", "commit", "create", "delete",
        "deploy", "deposit", "destroy", "disable", "dispatch", "drop", "email", "enable", "erase", "exec", "execute", "grant",
        "insert", "install", "invite", "kill", "launch", "merge", "modify", "move", "notify", "overwrite", "pay", "publish",
        "purchase", "purge", "refund", "reject", "remove", "rename", "replace", "reserve", "reset", "restart", "revoke",
        "run", "save", "schedule", "sell", "send", "set", "shutdown", "submit", "terminate", "transfer", "truncate",
        "uninstall", "unlock", "update", "upload", "upsert", "withdraw", "write",
    ]);

    /// <summary>
    /// Verbs of tools that read, look up or compute and change nothing. Words that also name acts ('FormatDisk',
    /// 'ResolveTicket', 'CheckIn', 'LoadTruck') are not listed.
    /// </summary>
    public static ImmutableSortedSet<string> ReadingVerbs { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
    [
        "analyze", "browse", "calculate", "classify", "compare", "compute", "convert", "count", "describe", "detect",
        "estimate", "explain", "extract", "fetch", "find", "get", "inspect", "list", "lookup", "parse", "peek", "preview",
        "query", "read", "recommend", "retrieve", "search", "show", "suggest", "summarize", "translate", "validate",
        "verify", "view",
    ]);

    /// <summary>The effect of a tool of that name, and the basis the manifest gives for it.</summary>
    public static (AiToolEffect Effect, string? Basis) FromName(string? name, string subject = "its name")
    {
        if (FirstVerb(name) is not { } verb)
        {
            return (AiToolEffect.Unknown, null);
        }

        if (ActingVerbs.Contains(verb))
        {
            return (AiToolEffect.Acting, $"{subject} begins with '{verb}'");
        }

        return ReadingVerbs.Contains(verb) ? (AiToolEffect.ReadOnly, $"{subject} begins with '{verb}'") : (AiToolEffect.Unknown, null);
    }

    /// <summary>The first word of a Pascal, camel, snake or kebab case name, lower case, after a leading 'try'.</summary>
    internal static string? FirstVerb(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var words = Words(name);
        var first = words.Count > 1 && words[0] == "try" ? 1 : 0;
        return words.Count > first ? words[first] : null;
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            // A capital starts a word, except inside a run of capitals ('HTTPGet' is 'http', 'get').
            if (char.IsUpper(c) && word.Length > 0 &&
                (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                Flush();
            }

            word.Append(char.ToLowerInvariant(c));
            if (words.Count >= 2)
            {
                break;
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
