using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>Analyzer options as .globalconfig (global) and .editorconfig (per file path) would give them.</summary>
public sealed class TestAnalyzerConfigOptionsProvider(
    ImmutableDictionary<string, string> globalOptions,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> fileOptions) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
        new DictionaryOptions(fileOptions.TryGetValue(tree.FilePath, out var options) ? options : ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GetOptions(textFile.Path);

    private AnalyzerConfigOptions GetOptions(string path) =>
        new DictionaryOptions(fileOptions.TryGetValue(path, out var options) ? options : ImmutableDictionary<string, string>.Empty);

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
