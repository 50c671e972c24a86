using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>
/// AI model calls and the systems that cover them: AIMS001 (a call no system covers), AIMS012 (a generative system
/// that serves people without a disclosure), AIMS016 (a declaration that covers nothing) and AIMS019 (bad configuration).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelCallCoverageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UndeclaredModelCall,
        DiagnosticDescriptors.MissingDisclosure,
        DiagnosticDescriptors.StaleDeclaration,
        DiagnosticDescriptors.InvalidModelCallSymbolsOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var option = ModelCallSymbolsOption.Read(context.Options.AnalyzerConfigOptionsProvider, context.Compilation, context.CancellationToken);
        if (!option.Malformed.IsEmpty)
        {
            context.RegisterCompilationEndAction(end =>
            {
                foreach (var entry in option.Malformed)
                {
                    end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidModelCallSymbolsOption, Location.None, entry));
                }
            });
        }

        var index = AiSystemIndex.Get(context.Compilation, context.CancellationToken);
        var detector = ModelCallDetector.TryCreate(context.Compilation, option, context.CancellationToken);
        var usage = new SystemUsage();
        if (detector is not null)
        {
            var coverage = new CoverageResolver(detector.IsDeclaredModelCall);
            context.RegisterOperationAction(
                operationContext => AnalyzeCall(operationContext, detector, coverage, usage),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.MethodReference);
        }

        if (index is not null && !index.Declarations.IsEmpty)
        {
            context.RegisterCompilationEndAction(end => AnalyzeSystemUsage(end, index, usage));
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, ModelCallDetector detector, CoverageResolver coverage, SystemUsage usage)
    {
        if (ModelCallSite.Find(context.Operation, detector, context.CancellationToken) is not { } site)
        {
            return;
        }

        var covered = coverage.Resolve(context.Operation, context.ContainingSymbol);
        switch (covered.Kind)
        {
            case CallSiteCoverageKind.Covered when covered.SystemId is not null:
                usage.Record(covered.SystemId, site.Match.Kind);
                break;
            case CallSiteCoverageKind.Uncovered:
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UndeclaredModelCall,
                    context.Operation.Syntax.GetLocation(),
                    SymbolNames.Caller(context.ContainingSymbol),
                    SymbolNames.Callee(site.Method),
                    site.Sdk));
                break;
        }
    }

    private static void AnalyzeSystemUsage(CompilationAnalysisContext context, AiSystemIndex index, SystemUsage usage)
    {
        foreach (var pair in index.Declarations)
        {
            var id = pair.Key;
            foreach (var declaration in pair.Value.Where(use => use.IsInSource))
            {
                var kinds = usage.KindsOf(id);
                if (kinds.IsEmpty && !index.Pieces.ContainsKey(id))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StaleDeclaration, declaration.GetLocation(context.CancellationToken), id));
                    continue;
                }

                var generative = kinds.Where(AiCallKinds.IsGenerative).OrderBy(kind => kind.ToString(), System.StringComparer.Ordinal).ToList();
                if (generative.Count > 0 &&
                    AttributeArguments.GetPrimitive(declaration.Attribute, "ServesPeopleDirectly") is not false &&
                    !index.FactsOf(id).Has(AimsAttributeNames.AiDisclosure))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.MissingDisclosure,
                        declaration.GetLocation(context.CancellationToken),
                        id,
                        string.Join(", ", generative.Select(AiCallKinds.Describe))));
                }
            }
        }
    }

    /// <summary>Which kinds of model call each system covers in this compilation.</summary>
    private sealed class SystemUsage
    {
        private readonly ConcurrentDictionary<string, ConcurrentDictionary<AiCallKind, bool>> _kinds = new(System.StringComparer.Ordinal);

        public void Record(string systemId, AiCallKind kind) =>
            _kinds.GetOrAdd(systemId, _ => new ConcurrentDictionary<AiCallKind, bool>())[kind] = true;

        public ImmutableArray<AiCallKind> KindsOf(string systemId) =>
            _kinds.TryGetValue(systemId, out var kinds) ? kinds.Keys.ToImmutableArray() : ImmutableArray<AiCallKind>.Empty;
    }
}
