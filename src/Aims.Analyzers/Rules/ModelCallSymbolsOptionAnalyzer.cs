using System.Collections.Immutable;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>AIMS019: an entry of aims.model_call_symbols that is not a documentation-comment id.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelCallSymbolsOptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleTable.InvalidModelCallSymbolsOption.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(compilation =>
        {
            var option = ModelCallSymbolsOption.Read(compilation.Options.AnalyzerConfigOptionsProvider, compilation.Compilation, compilation.CancellationToken);
            foreach (var finding in Check(option.Malformed))
            {
                compilation.ReportDiagnostic(FindingDiagnostics.Create(finding, tree: null));
            }
        });
    }

    internal static System.Collections.Generic.IEnumerable<Model.Finding> Check(System.Collections.Generic.IEnumerable<string> malformedEntries)
    {
        foreach (var entry in malformedEntries)
        {
            yield return Model.Finding.At(RuleTable.InvalidModelCallSymbolsOption.Id, null, entry);
        }
    }
}
