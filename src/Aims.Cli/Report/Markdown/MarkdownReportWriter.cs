using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Report.Markdown;

/// <summary>
/// The report as GitHub-flavoured Markdown for a pull-request comment or a GitHub Actions job summary: the same
/// sections, columns and words as the HTML page, the long tables folded in &lt;details&gt; and cut at
/// <see cref="DefaultMaxRows"/> rows (or as many as asked), so that the job summary of a large inventory stays readable.
/// </summary>
internal static class MarkdownReportWriter
{
    /// <summary>Enough for most projects, and a thousand systems still fit GitHub's 1 MiB job summary.</summary>
    public const int DefaultMaxRows = 100;

    public static void Write(ReportView view, TextWriter md, int maxRows)
    {
        var f = MarkdownFormat.Instance;
        var tables = new MarkdownTables(md, maxRows);
        var manifest = view.Manifest;
        md.WriteLine("# AI inventory and ISO/IEC 42001 Annex A evidence");
        md.WriteLine();
        md.WriteLine(string.Join(", ", manifest.SourceAssemblies.Select(s => $"{f.Code(s.Name)} {f.Text(s.Version)}" + (s.SourceRevision is null ? "" : $" ({f.Text(s.SourceRevision)})"))) +
            $" · analysis mode {f.Text(manifest.AnalysisMode)}");
        md.WriteLine();
        md.WriteLine("## Summary");
        md.WriteLine();
        md.WriteLine(view.NeedsAction ? "**❌ Action needed**" : "**✅ No open gaps**");
        md.WriteLine();
        foreach (var sentence in view.Headline())
        {
            md.WriteLine($"- {f.Text(sentence)}");
        }

        md.WriteLine();
        tables.Write(["Risk tier", "Systems"], Enumerable.Reverse(RiskTier.All).Select(tier => new[] { f.Text(tier), Number(view.CountSystems(tier)) }).ToList(), "tiers");
        tables.Write(["Control status", "Controls"], ControlStatus.All.Select(s => new[] { $"{StatusDisplay.Emoji(s)} {StatusDisplay.Word(s)}", Number(view.CountControls(s)) }).ToList(), "statuses");
        md.WriteLine($"Management system: {FactDescriptions.ManagementSystem(f, manifest.ManagementSystem)}");
        md.WriteLine();

        WriteSystems(md, view, tables);
        WriteGaps(md, view, tables);
        WriteCalls(md, view, tables);
        MarkdownToolsSection.Write(md, view, tables);
        MarkdownDependenciesSection.Write(md, view, tables);
        MarkdownPolicySection.Write(md, view, tables);
        WriteFindings(md, view, tables);
        WriteWaivers(md, view, tables);
        WriteApplicability(md, view, tables);
        md.WriteLine($"<sub>Written by aims {f.Text(Output.ToolVersion.Version)} from a schemaVersion {f.Text(manifest.SchemaVersion)} manifest. Placeholders are gaps; \"not declared\" means the code states nothing.</sub>");
    }

    private static void WriteSystems(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## AI systems");
        md.WriteLine();
        if (view.Systems.Count == 0)
        {
            md.WriteLine(f.None("No AI system is declared."));
            md.WriteLine();
            return;
        }

        tables.Write(FactDescriptions.InventoryColumns, view.Systems.Select(s => new[]
        {
            $"{f.Code(s.Id)} {f.Value(s.Name)}", f.Text(s.Risk), f.Value(s.Owner), f.Value(s.Purpose), f.Value(s.LifecycleStage), FactDescriptions.Declared(f, s),
            FactDescriptions.Models(f, s), FactDescriptions.DataSources(f, s), FactDescriptions.Oversight(f, s), FactDescriptions.Disclosures(f, s),
            FactDescriptions.Logging(f, s), FactDescriptions.Evaluations(f, s), FactDescriptions.Risks(f, s), Number(s.KnownCallSites().Count),
        }).ToList(), "systems");

        md.WriteLine("## Annex A coverage");
        md.WriteLine();
        md.WriteLine($"<details><summary>{view.Systems.Count} system(s) × {view.Controls.Count} controls (✅ evidenced, ❌ gap, ➖ excluded, ⚪ not applicable)</summary>");
        md.WriteLine();
        var overall = new[] { "**All systems**" }.Concat(view.Controls.Select(c => StatusDisplay.Emoji(c.Status))).ToArray();
        tables.Write(["System", .. view.Controls.Select(c => c.Id)],
            [overall, .. view.Systems.Select(s => new[] { f.Code(s.Id) }.Concat(view.Controls.Select(c => StatusDisplay.Emoji(view.Matrix.StatusOf(s, c)))).ToArray())],
            "rows");
        md.WriteLine("</details>");
        md.WriteLine();
    }

    private static void WriteGaps(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## Gaps");
        md.WriteLine();
        if (view.Gaps.Count == 0)
        {
            md.WriteLine("No Annex A control is a gap.");
            md.WriteLine();
        }
        else
        {
            tables.Write(["Control", "Title", "What is missing"], view.Gaps.Select(c => new[] { f.Code(c.Id), f.Text(c.Title), tables.Lines(ControlLines.Of(c).Select(f.Text).ToList()) }).ToList(), "gaps");
        }

        md.WriteLine("### Placeholders");
        md.WriteLine();
        if (view.Placeholders.Count == 0)
        {
            md.WriteLine("No governance value is a placeholder.");
            md.WriteLine();
            return;
        }

        tables.Write(["System", "Field", "Placeholder", "Declared at"],
            view.Placeholders.Select(p => new[] { p.SystemId is null ? f.None("assembly") : f.Code(p.SystemId), f.Text(p.Field), f.Value(p.Value), f.Location(p.DeclaredAt) }).ToList(),
            "placeholders");
    }

    private static void WriteCalls(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        string[] Row((CallSite Call, string? CoveredBy) row) =>
        [
            f.Code(LocationText.Of(row.Call)),
            row.CoveredBy is null ? f.Gap($"undeclared ({CallSiteRows.UndeclaredRule(row.Call)})") : f.Code(row.CoveredBy),
            f.Code(row.Call.CallingMember), f.Code(row.Call.CalledMember), f.Value(row.Call.Sdk), f.Value(row.Call.Provider), f.Value(row.Call.Kind),
            f.Text(row.Call.Category), row.Call.Bound ? "yes" : f.Gap("no (did not bind)"),
        ];
        var rows = CallSiteRows.Of(view.Manifest);
        md.WriteLine("## AI calls");
        md.WriteLine();
        md.WriteLine(f.Text(view.CoverageSentence()));
        md.WriteLine();
        var undeclared = rows.Where(r => r.CoveredBy is null).Select(Row).ToList();
        if (undeclared.Count > 0)
        {
            tables.Write(CallSiteRows.Columns, undeclared, "undeclared AI calls");
        }

        var covered = rows.Where(r => r.CoveredBy is not null).Select(Row).ToList();
        if (covered.Count > 0)
        {
            md.WriteLine($"<details><summary>{ReportView.Plural(covered.Count, "AI call")} covered by a system</summary>");
            md.WriteLine();
            tables.Write(CallSiteRows.Columns, covered, "covered AI calls");
            md.WriteLine("</details>");
            md.WriteLine();
        }
    }

    private static void WriteFindings(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## Build findings");
        md.WriteLine();
        if (view.FindingsNotKnown is { } notKnown)
        {
            md.WriteLine(f.None(notKnown));
            md.WriteLine();
            return;
        }

        if (view.OpenFindings.Count == 0)
        {
            md.WriteLine("The build reported no governance finding.");
            md.WriteLine();
            return;
        }

        tables.Write(["Severity", "Rule", "Where", "Message"],
            view.OpenFindings.Select(x => new[] { f.Text(x.Severity), f.Code(x.Id), LocationText.Of(x) is { } at ? f.Code(at) : f.None("no source location"), f.Text(x.Message) }).ToList(),
            "findings");
    }

    private static void WriteWaivers(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## Waivers");
        md.WriteLine();
        if (view.FindingsNotKnown is { } notKnown)
        {
            md.WriteLine(f.None(notKnown));
            md.WriteLine();
            return;
        }

        if (view.Waivers.Count == 0)
        {
            md.WriteLine("No governance finding is suppressed in source.");
            md.WriteLine();
            return;
        }

        tables.Write(["Rule", "Where", "Suppressed by", "Justification", "Message"],
            view.Waivers.Select(x => new[]
            {
                f.Code(x.Id),
                LocationText.Of(x) is { } at ? f.Code(at) : f.None("no source location"),
                f.Text(WaiverText.How(x.Suppression!)),
                x.Suppression!.Justification is { Length: > 0 } justification ? f.Text(justification) : f.None("no justification"),
                f.Text(x.Message),
            }).ToList(),
            "waivers");
    }

    private static void WriteApplicability(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## Statement of Applicability");
        md.WriteLine();
        md.WriteLine("<details><summary>All Annex A controls</summary>");
        md.WriteLine();
        tables.Write(["Control", "Title", "Group", "Status", "Declared applicability", "Justification or evidence"], view.Controls.Select(c =>
        {
            var declared = view.Manifest.StatementOfApplicability.Where(e => string.Equals(e.ControlId, c.Id, StringComparison.Ordinal)).ToList();
            return new[]
            {
                f.Code(c.Id), f.Text(c.Title), f.Text(c.Group), $"{StatusDisplay.Emoji(c.Status)} {StatusDisplay.Word(c.Status)}",
                declared.Count == 0 ? f.None("not declared") : string.Join("<br>", declared.Select(e => (e.Applicable ? "applicable " : "excluded ") + f.Location(e.DeclaredAt))),
                c.Justification is { } justification ? f.Value(justification) : ControlLines.Of(c).Count == 0 ? f.None("none") : tables.Lines(ControlLines.Of(c).Select(f.Text).ToList()),
            };
        }).ToList(), "controls");
        md.WriteLine("</details>");
        md.WriteLine();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
