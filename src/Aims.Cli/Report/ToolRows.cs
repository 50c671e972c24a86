using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>
/// Every tool handed to a model exactly once, in both formats: the undeclared ones first (they are gaps), then those of
/// each system; null when the manifest does not record tools (schemaVersion 3.0).
/// </summary>
internal static class ToolRows
{
    public const string Rule = "AIMS024";

    public static readonly string[] Columns = ["Where", "Covered by", "Tool", "Kind", "Effect", "Approval", "Handed by", "Runs", "Handing member"];

    /// <summary>Each tool with the system that covers it, or null for an undeclared tool.</summary>
    public static IReadOnlyList<(ToolEntry Tool, AiSystem? System)>? Of(ManifestDocument manifest) =>
        manifest.UndeclaredTools is not { } undeclared || manifest.Systems.Any(system => system.Tools is null)
            ? null
            : undeclared.Select(tool => (tool, (AiSystem?)null))
                .Concat(manifest.Systems.SelectMany(system => system.Tools!.Select(tool => (tool, (AiSystem?)system))))
                .ToList();

    /// <summary>
    /// The cells of one row after "Where". A tool that acts with no approval step is a gap where no human oversight is
    /// declared for its system (AIMS025), and so where no system covers it.
    /// </summary>
    public static string[] Cells(IReportFormat f, ToolEntry tool, AiSystem? system) =>
    [
        system is null ? f.Gap($"undeclared ({Rule})") : f.Code(system.Id),
        tool.Name is null ? f.None("not named in the code") : f.Code(tool.Name),
        f.Text(tool.Kind),
        Effect(f, tool),
        tool.ApprovalRequired ? "required"
            : tool.Effect == nameof(AiToolEffect.Acting) && (system is null || system.HumanOversight.Count == 0) ? f.Gap("none shown, and no human oversight declared")
            : f.None("none shown"),
        f.Code(tool.HandedBy),
        tool.Implementation is null ? f.None("none named") : f.Code(tool.Implementation),
        f.Code(tool.HandingMember),
    ];

    private static string Effect(IReportFormat f, ToolEntry tool) => tool.Effect switch
    {
        nameof(AiToolEffect.Acting) => f.Text($"acts ({tool.EffectBasis})"),
        nameof(AiToolEffect.ReadOnly) => f.Text($"reads only ({tool.EffectBasis})"),
        _ => f.None("not known"),
    };

    /// <summary>The sentence above the table.</summary>
    public static string Sentence(IReadOnlyList<(ToolEntry Tool, AiSystem? System)> rows)
    {
        var acting = rows.Count(row => row.Tool.Effect == nameof(AiToolEffect.Acting));
        var unapproved = rows.Count(row => row.Tool.Effect == nameof(AiToolEffect.Acting) && !row.Tool.ApprovalRequired);
        var undeclared = rows.Count(row => row.System is null);
        return $"{ReportView.Plural(rows.Count, "tool")} handed to models: {acting} that act ({unapproved} without an approval step), {undeclared} that no system covers.";
    }

    public const string NotRecorded = "The manifest does not record tools (it is of schemaVersion 3.0): build with the current Aims.Analyzers.";
}
