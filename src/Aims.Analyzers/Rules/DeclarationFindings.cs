using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>
/// Reports findings of the declaration graph file by file: the check runs once per compilation, on the first file
/// analysed, and each file's semantic-model action reports the findings located in it, so they stay live in the IDE.
/// </summary>
internal static class DeclarationFindings
{
    public static void RegisterPerFile(CompilationStartAnalysisContext start, Func<DeclarationGraph, IEnumerable<Finding>> check)
    {
        var compilation = start.Compilation;
        var findingsByFile = new ComputedOnce<ILookup<string, Finding>>();
        start.RegisterSemanticModelAction(model =>
        {
            var findings = findingsByFile.Get(
                cancellationToken => check(CompilationDeclarations.Get(compilation, cancellationToken))
                    .Where(finding => finding.Location is not null)
                    .ToLookup(finding => finding.Location!.Path, StringComparer.Ordinal),
                model.CancellationToken);
            var tree = model.SemanticModel.SyntaxTree;
            foreach (var finding in findings[tree.FilePath])
            {
                model.ReportDiagnostic(FindingDiagnostics.Create(finding, tree));
            }
        });
    }
}
