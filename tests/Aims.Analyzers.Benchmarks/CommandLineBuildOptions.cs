using System.Diagnostics.CodeAnalysis;
using Aims.Manifest.Build;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Benchmarks;

/// <summary>
/// The analyzer options of a command-line build with the package: the inventory records on, the AimsPolicy metadata on
/// a <see cref="PolicyFile"/>, nothing else set.
/// </summary>
public sealed class CommandLineBuildOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(null);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(InventoryRecords.EnabledOption);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile is PolicyFile ? PolicyItem : Empty;

    private static readonly Options PolicyItem = new(Rules.PolicyAnalyzer.PolicyMetadata);

    private sealed class Options(string? enabledKey) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == enabledKey ? "true" : null;
            return value is not null;
        }
    }
}
