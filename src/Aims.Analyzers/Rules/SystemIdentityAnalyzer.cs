using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Rules;

/// <summary>
/// The identity of AI systems across the compilation and its references: an id declared twice (AIMS006), a
/// [PartOfAiSystem] naming an id that is declared nowhere (AIMS009). Ill-formed ids are AIMS007's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemIdentityAnalyzer : DeclarationRuleAnalyzer
{
    public SystemIdentityAnalyzer()
        : base(Check, RuleTable.DuplicateSystemId, RuleTable.UnknownSystemId)
    {
    }

    internal static IEnumerable<Finding> Check(DeclarationGraph graph)
    {
        foreach (var declared in graph.DeclaredSystems())
        {
            var declarations = declared.System.Declarations;
            if (declarations.Length > 1)
            {
                var others = declarations.Where(other => other != declared.Declaration).Select(Place);
                yield return Finding.At(RuleTable.DuplicateSystemId.Id, declared.Declaration.Location, declared.Id, string.Join(", ", others));
            }
        }

        foreach (var system in graph.Systems.Values)
        {
            if (system.Declarations.IsEmpty && GovernanceValueRules.IsWellFormedId(system.Id))
            {
                foreach (var piece in system.Pieces.Where(piece => piece.IsInSource))
                {
                    yield return Finding.At(RuleTable.UnknownSystemId.Id, piece.Location, system.Id);
                }
            }
        }
    }

    /// <summary>Where a declaration is, for messages: the file name and line, or the referenced assembly.</summary>
    private static string Place(AttributeUseModel use) =>
        use.Location is { } location ? $"{System.IO.Path.GetFileName(location.Path)}({location.Line})" : "assembly " + use.Assembly;
}
