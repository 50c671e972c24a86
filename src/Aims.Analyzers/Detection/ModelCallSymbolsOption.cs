using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The <c>aims.model_call_symbols</c> option: documentation-comment ids (<c>T:</c> or <c>M:</c>) of a team's own
/// model-call members, separated by ';', read from .globalconfig, every file's .editorconfig section and the
/// MSBuild property <c>AimsModelCallSymbols</c>.
/// </summary>
internal sealed class ModelCallSymbolsOption
{
    public const string Key = InputScreening.ModelCallSymbolsKey;
    public const string MSBuildPropertyKey = InputScreening.ModelCallSymbolsPropertyKey;

    private ModelCallSymbolsOption(ImmutableArray<string> ids, ImmutableArray<string> malformed)
    {
        Ids = ids;
        Malformed = malformed;
    }

    public ImmutableArray<string> Ids { get; }

    /// <summary>Entries that are not a <c>T:</c> or <c>M:</c> documentation-comment id.</summary>
    public ImmutableArray<string> Malformed { get; }

    public static ModelCallSymbolsOption Read(AnalyzerConfigOptionsProvider provider, Compilation compilation, CancellationToken cancellationToken)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        AddValue(provider.GlobalOptions, Key, values);
        AddValue(provider.GlobalOptions, MSBuildPropertyKey, values);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddValue(provider.GetOptions(tree), Key, values);
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var malformed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var raw in value.Split(';'))
            {
                var entry = raw.Trim();
                if (entry.Length == 0)
                {
                    continue;
                }

                (IsWellFormed(entry) ? ids : malformed).Add(entry);
            }
        }

        return new ModelCallSymbolsOption(ImmutableArray.CreateRange(ids), ImmutableArray.CreateRange(malformed));
    }

    private static void AddValue(AnalyzerConfigOptions options, string key, ISet<string> values)
    {
        if (options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            values.Add(value);
        }
    }

    private static bool IsWellFormed(string entry)
    {
        if (entry.Length < 3 || (entry[0] != 'T' && entry[0] != 'M') || entry[1] != ':')
        {
            return false;
        }

        foreach (var c in entry)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        var open = entry.IndexOf('(');
        return open < 0 ? entry[0] == 'T' || entry.IndexOf(')') < 0 : entry[0] == 'M' && entry[entry.Length - 1] == ')' && open > 2;
    }
}
