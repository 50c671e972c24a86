using System.Linq;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aims.Analyzers.Diagnostics;

/// <summary>Turns a rule's finding into the diagnostic an analyzer reports.</summary>
internal static class FindingDiagnostics
{
    public static Diagnostic Create(Finding finding, SyntaxTree? tree) => Diagnostic.Create(
        RuleTable.Get(finding.RuleId).Descriptor,
        finding.Location is { } at && tree is not null ? Location.Create(tree, new TextSpan(at.Start, at.Length)) : Location.None,
        finding.Arguments.Cast<object>().ToArray());
}
