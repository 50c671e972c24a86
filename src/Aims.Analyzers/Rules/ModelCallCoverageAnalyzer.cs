using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>
/// AI calls and the systems that cover them: a model call (AIMS001) or a service call (AIMS020) that no system covers,
/// a generative system that serves people without a disclosure (AIMS012) and a declaration that covers nothing (AIMS016).
/// In a command-line build it also records every AI call for the manifest (AIMS021), and then the end of the records
/// (AIMS023): the one scan that finds AI calls is this one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelCallCoverageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        RuleTable.UndeclaredModelCall.Descriptor,
        RuleTable.UndeclaredServiceCall.Descriptor,
        RuleTable.MissingDisclosure.Descriptor,
        RuleTable.StaleDeclaration.Descriptor,
        RuleTable.AiCallRecord.Descriptor,
        RuleTable.InventoryCompleted.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    /// <summary>
    /// The finding of an AI call that no system covers: AIMS001 for a model call, AIMS020 for a service call; the message
    /// says when the call did not bind.
    /// </summary>
    internal static Finding Undeclared(SourceLocation location, string caller, string callee, string sdk, AiCallKind kind, bool bound) =>
        AiCallKinds.CategoryOf(kind) == AiCallCategory.Service
            ? Finding.At(RuleTable.UndeclaredServiceCall.Id, location, caller, callee, sdk, AiCallKinds.Describe(kind), RuleTable.BindingNote(bound))
            : Finding.At(RuleTable.UndeclaredModelCall.Id, location, caller, callee, sdk, RuleTable.BindingNote(bound));

    /// <summary>AIMS012 and AIMS016 for every system declared in source, given the kinds of AI call each system covers.</summary>
    internal static IEnumerable<Finding> CheckSystemUsage(DeclarationGraph graph, Func<string, IReadOnlyCollection<AiCallKind>> coveredKinds)
    {
        foreach (var declared in graph.DeclaredSystems())
        {
            var kinds = coveredKinds(declared.Id);
            if (kinds.Count == 0 && declared.System.Pieces.IsEmpty)
            {
                yield return Finding.At(RuleTable.StaleDeclaration.Id, declared.Declaration.Location, declared.Id);
                continue;
            }

            var generative = kinds.Where(AiCallKinds.IsGenerative).Distinct().OrderBy(kind => kind.ToString(), StringComparer.Ordinal).ToList();
            if (generative.Count > 0 &&
                declared.Declaration.Value("ServesPeopleDirectly") != "false" &&
                !declared.System.Has(AimsAttributeNames.AiDisclosure))
            {
                yield return Finding.At(RuleTable.MissingDisclosure.Id, declared.Declaration.Location, declared.Id, string.Join(", ", generative.Select(AiCallKinds.Describe)));
            }
        }
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var inScope = CompilationScope.MayHoldAi(compilation, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        var detector = inScope ? ModelCallDetector.For(compilation, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken) : null;
        var declarations = inScope && CompilationDeclarations.MayHaveSourceDeclarations(compilation, context.CancellationToken);
        var coveredKinds = new ConcurrentDictionary<string, ConcurrentDictionary<AiCallKind, bool>>(StringComparer.Ordinal);
        var records = InventoryOption.IsEnabled(context.Options) ? new RecordCount() : null;
        if (detector is not null)
        {
            var coverage = detector.Coverage;
            context.RegisterOperationAction(
                operationContext => AnalyzeCall(operationContext, detector, coverage, coveredKinds, records),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.MethodReference,
                OperationKind.Invalid);
        }

        if (declarations)
        {
            context.RegisterCompilationEndAction(end =>
            {
                IReadOnlyCollection<AiCallKind> KindsOf(string id) =>
                    coveredKinds.TryGetValue(id, out var kinds) ? kinds.Keys.ToList() : Array.Empty<AiCallKind>();

                var trees = end.Compilation.SyntaxTrees.ToDictionary(tree => tree.FilePath, StringComparer.Ordinal);
                foreach (var finding in CheckSystemUsage(CompilationDeclarations.Get(end.Compilation, end.CancellationToken), KindsOf))
                {
                    if (finding.Location is { } location && trees.TryGetValue(location.Path, out var tree))
                    {
                        end.ReportDiagnostic(FindingDiagnostics.Create(finding, tree));
                    }
                }
            });
        }

        if (records is not null)
        {
            context.RegisterCompilationEndAction(end =>
                end.ReportDiagnostic(InventoryDiagnostics.Completed(end.Compilation.AssemblyName ?? string.Empty, records.Value)));
        }
    }

    private static void AnalyzeCall(
        OperationAnalysisContext context,
        ModelCallDetector detector,
        CoverageResolver coverage,
        ConcurrentDictionary<string, ConcurrentDictionary<AiCallKind, bool>> coveredKinds,
        RecordCount? records)
    {
        if (ModelCallSite.Find(context.Operation, detector, context.CancellationToken) is not { } site)
        {
            return;
        }

        var covered = coverage.Resolve(context.Operation, context.ContainingSymbol);
        if (records is not null && covered.Kind != CallSiteCoverageKind.ModelCallImplementation)
        {
            records.Add();
            context.ReportDiagnostic(InventoryDiagnostics.CallSite(
                context.Operation.Syntax.GetLocation(),
                SymbolNames.Caller(context.ContainingSymbol),
                site.Callee,
                site.Sdk,
                site.Provider?.Name,
                site.Match.Kind.ToString(),
                site.Bound,
                covered.Kind == CallSiteCoverageKind.Covered ? covered.SystemId ?? string.Empty : null));
        }

        switch (covered.Kind)
        {
            case CallSiteCoverageKind.Covered:
                coveredKinds.GetOrAdd(covered.SystemId ?? string.Empty, _ => new ConcurrentDictionary<AiCallKind, bool>())[site.Match.Kind] = true;
                break;
            case CallSiteCoverageKind.Uncovered:
                var syntax = context.Operation.Syntax;
                var finding = Undeclared(
                    AttributeUseReader.LocationOf(syntax, context.CancellationToken),
                    SymbolNames.Caller(context.ContainingSymbol),
                    site.Callee,
                    site.Sdk,
                    site.Match.Kind,
                    site.Bound);
                context.ReportDiagnostic(FindingDiagnostics.Create(finding, syntax.SyntaxTree));
                break;
        }
    }

    /// <summary>How many AI calls a compilation recorded, counted from concurrent callbacks.</summary>
    private sealed class RecordCount
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Add() => Interlocked.Increment(ref _value);
    }
}
