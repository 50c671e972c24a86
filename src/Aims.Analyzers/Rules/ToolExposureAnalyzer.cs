using System.Collections.Immutable;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>
/// The tools code hands to models (<see cref="AiToolCatalog"/>): a tool that no system covers (AIMS024), and a tool that
/// acts on a system with no human oversight and no approval step (AIMS025). In a command-line build it records every
/// tool for the manifest (AIMS026).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolExposureAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        RuleTable.UndeclaredTool.Descriptor,
        RuleTable.ActingToolWithoutOversight.Descriptor,
        RuleTable.ToolRecord.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (!CompilationScope.MayHoldAi(compilation, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken) ||
            ToolExposureDetector.For(compilation) is not { } tools ||
            ModelCallDetector.For(compilation, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken) is not { } calls)
        {
            return;
        }

        var coverage = calls.Coverage;
        var records = InventoryOption.IsEnabled(context.Options);
        tools.RegisterSites(context, found => Report(
            found,
            found.Operation is { } operation ? coverage.Resolve(operation, found.HandingMember) : coverage.Resolve(found.HandingMember),
            records));
    }

    private static void Report(ToolSiteFound found, CallSiteCoverage covered, bool records)
    {
        var (site, location, report) = (found.Site, found.Location, found.Report);

        // Like the calls in it, a tool made inside a member that is a model call of its own is that call's implementation:
        // the inventory lists the calls to the member.
        if (covered.Kind == CallSiteCoverageKind.ModelCallImplementation)
        {
            return;
        }

        var handing = SymbolNames.Caller(found.HandingMember);
        var systemId = covered.Kind == CallSiteCoverageKind.Covered ? covered.SystemId ?? string.Empty : null;
        if (records)
        {
            foreach (var tool in site.Tools)
            {
                // A tool the code names is named; one it does not is what the place hands over.
                var described = tool.Name is null && tool.Implementation is null ? site.Described : tool.Described;
                report(InventoryDiagnostics.Tool(location, handing, site.Sdk, site.HandedBy, tool, described, systemId));
            }
        }

        if (covered.Kind == CallSiteCoverageKind.Uncovered)
        {
            report(Diagnostic.Create(RuleTable.UndeclaredTool.Descriptor, location, handing, site.Described, site.HandedBy));
            return;
        }

        // A system declared nowhere is AIMS009's to report; its oversight is not known.
        if (string.IsNullOrEmpty(systemId) ||
            CompilationDeclarations.Get(found.Compilation, found.CancellationToken).System(systemId!) is not { Declarations.IsEmpty: false } system ||
            system.Has(AimsAttributeNames.HumanOversight))
        {
            return;
        }

        foreach (var tool in site.Tools)
        {
            if (tool.Effect == AiToolEffect.Acting && !tool.ApprovalRequired)
            {
                report(Diagnostic.Create(RuleTable.ActingToolWithoutOversight.Descriptor, location, tool.Described, systemId, tool.EffectBasis));
            }
        }
    }
}
