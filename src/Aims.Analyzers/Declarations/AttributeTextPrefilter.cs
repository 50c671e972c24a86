using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// Whether a file's text mentions any Aims attribute name: only such files are searched for declarations, so that a
/// project with no declarations pays a text scan, not attribute binding. Kept per syntax tree across compilations.
/// An attribute applied through a using alias with another name is not seen.
/// </summary>
internal static class AttributeTextPrefilter
{
    private static readonly ConditionalWeakTable<SyntaxTree, object> Candidates = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    // "AiSystem" also finds PartOfAiSystem and AiManagementSystem; "AiModel" also finds AiModelCall.
    private static readonly ImmutableArray<string> Names = ImmutableArray.Create(
        "AiSystem", "HumanOversight", "DataSource", "AiModel", "AiDisclosure", "AiEventLogging", "AiEvaluation", "AiRisk",
        "AiControlApplicability");

    public static bool MayUseAimsAttributes(SyntaxTree tree, CancellationToken cancellationToken) =>
        Candidates.GetValue(tree, t => Scan(t, cancellationToken)) == Yes;

    private static object Scan(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        foreach (var name in Names)
        {
            if (text.IndexOf(name, System.StringComparison.Ordinal) >= 0)
            {
                return Yes;
            }
        }

        return No;
    }
}
