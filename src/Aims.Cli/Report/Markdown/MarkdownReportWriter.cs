using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Cli.Manifest;

namespace Aims.Cli.Report.Markdown;

/// <summary>
/// The report as GitHub-flavoured Markdown for a pull-request comment or a GitHub Actions job summary: the same
/// content as the HTML page, with the long tables folded in &lt;details&gt;.
/// </summary>
internal static class MarkdownReportWriter
{
    public static void Write(ReportView view, TextWriter md)
    {
        var f = MarkdownFormat.Instance;
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
        Table(md, ["Risk tier", "Systems"], Enumerable.Reverse(RiskTier.All).Select(tier => new[] { f.Text(tier), view.CountSystems(tier).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Table(md, ["Control status", "Controls"], ControlStatus.All.Select(s => new[] { $"{StatusDisplay.Emoji(s)} {StatusDisplay.Word(s)}", view.CountControls(s).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        md.WriteLine($"Management system: {(manifest.ManagementSystem is { } ms ? $"organization {f.Value(ms.Organization)}; scope {f.Value(ms.Scope)}; policy {f.Value(ms.PolicyReference ?? ms.PolicyUri)}; incident contact {f.Value(ms.IncidentContact)}" : f.Value(null))}");
        md.WriteLine();

        md.WriteLine("## AI systems");
        md.WriteLine();
        if (view.Systems.Count == 0)
        {
            md.WriteLine("No AI system is declared.");
            md.WriteLine();
        }
        else
        {
            Table(md, ["System", "Risk", "Owner", "Purpose", "Lifecycle", "Declared", "Models and suppliers", "Data sources", "Human oversight", "Disclosure", "Event logging", "AI calls"],
                view.Systems.Select(s => new[]
                {
                    $"{f.Code(s.Id)} {f.Value(s.Name)}", f.Text(s.Risk), f.Value(s.Owner), f.Value(s.Purpose), f.Value(s.LifecycleStage),
                    s.DeclaredIn is null ? f.Gap("declared nowhere") : $"{f.Text(s.DeclaredIn)} {f.Location(s.DeclaredAt is { Path: not null } at && at.Assembly == s.DeclaredIn ? at with { Assembly = null } : s.DeclaredAt)}",
                    FactDescriptions.Models(f, s), FactDescriptions.DataSources(f, s), FactDescriptions.Oversight(f, s),
                    s.Disclosures.Count == 0 && !s.ServesPeopleDirectly ? "_none declared (does not serve people directly)_" : FactDescriptions.Disclosures(f, s), FactDescriptions.Logging(f, s), s.CallSites.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }));
            WriteMatrix(md, view);
        }

        WriteGaps(md, view);
        WriteApplicability(md, view);
        md.WriteLine($"<sub>Written by aims {f.Text(Output.ToolVersion.Version)} from a schemaVersion {f.Text(manifest.SchemaVersion)} manifest. Placeholders are gaps; \"not declared\" means the code states nothing.</sub>");
    }

    private static void WriteMatrix(TextWriter md, ReportView view)
    {
        md.WriteLine($"<details><summary>Annex A coverage: {view.Systems.Count} system(s) × {view.Controls.Count} controls (✅ evidenced, ❌ gap, ➖ excluded, ⚪ not applicable)</summary>");
        md.WriteLine();
        var rows = new List<string[]> { new[] { "**All systems**" }.Concat(view.Controls.Select(c => StatusDisplay.Emoji(c.Status))).ToArray() };
        rows.AddRange(view.Systems.Select(s => new[] { MarkdownFormat.Instance.Code(s.Id) }.Concat(view.Controls.Select(c => StatusDisplay.Emoji(view.Matrix.StatusOf(s, c)))).ToArray()));
        Table(md, ["System", .. view.Controls.Select(c => c.Id)], rows);
        md.WriteLine("</details>");
        md.WriteLine();
    }

    private static void WriteGaps(TextWriter md, ReportView view)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## Gaps");
        md.WriteLine();
        var gaps = view.Controls.Where(c => StatusDisplay.CssClass(c.Status) == ControlStatus.Gap).ToList();
        if (gaps.Count == 0)
        {
            md.WriteLine("No Annex A control is a gap.");
            md.WriteLine();
        }
        else
        {
            Table(md, ["Control", "Title", "What is missing"], gaps.Select(c => new[] { f.Code(c.Id), f.Text(c.Title), string.Join("<br>", c.Evidence.Select(f.Text)) }));
        }

        if (view.Placeholders.Count > 0)
        {
            md.WriteLine("### Placeholders");
            md.WriteLine();
            Table(md, ["System", "Field", "Placeholder", "Declared at"],
                view.Placeholders.Select(p => new[] { p.SystemId is null ? "_assembly_" : f.Code(p.SystemId), f.Text(p.Field), f.Value(p.Value), f.Location(p.DeclaredAt) }));
        }

        WriteCalls(md, view);
        md.WriteLine("## Build findings");
        md.WriteLine();
        if (view.Manifest.Findings.Count == 0)
        {
            md.WriteLine("The build reported no governance finding.");
            md.WriteLine();
        }
        else
        {
            Table(md, ["Severity", "Rule", "Where", "Message"],
                view.Manifest.Findings.Select(x => new[] { f.Text(x.Severity), f.Code(x.Id), LocationText.Of(x) is { } at ? f.Code(at) : "_no source location_", f.Text(x.Message) }));
        }
    }

    private static void WriteCalls(TextWriter md, ReportView view)
    {
        var f = MarkdownFormat.Instance;
        string[] Row((CallSite Call, string? CoveredBy) row) =>
        [
            f.Code(LocationText.Of(row.Call)),
            row.CoveredBy is null ? f.Gap($"undeclared ({CallSiteRows.UndeclaredRule(row.Call)})") : f.Code(row.CoveredBy),
            f.Code(row.Call.CallingMember), f.Code(row.Call.CalledMember), f.Value(row.Call.Sdk), f.Value(row.Call.Provider), f.Value(row.Call.Kind),
            f.Text(row.Call.Category), row.Call.Bound ? "yes" : f.Gap("no (did not bind)"),
        ];
        string[] headers = ["Where", "Covered by", "Calling member", "Called member", "SDK", "Provider", "Kind", "Category", "Bound"];
        var rows = CallSiteRows.Of(view.Manifest);
        md.WriteLine("## AI calls");
        md.WriteLine();
        var undeclared = rows.Where(r => r.CoveredBy is null).ToList();
        md.WriteLine(undeclared.Count == 0
            ? "Every AI call is covered by a declared system."
            : $"{f.Text(ReportView.Plural(undeclared.Count, "AI call"))} not covered by any declared system (undeclared usage):");
        md.WriteLine();
        if (undeclared.Count > 0)
        {
            Table(md, headers, undeclared.Select(Row));
        }

        var covered = rows.Where(r => r.CoveredBy is not null).ToList();
        if (covered.Count > 0)
        {
            md.WriteLine($"<details><summary>{ReportView.Plural(covered.Count, "AI call")} covered by a declared system</summary>");
            md.WriteLine();
            Table(md, headers, covered.Select(Row));
            md.WriteLine("</details>");
            md.WriteLine();
        }
    }

    private static void WriteApplicability(TextWriter md, ReportView view)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("<details><summary>Statement of Applicability (all Annex A controls)</summary>");
        md.WriteLine();
        Table(md, ["Control", "Title", "Status", "Declared applicability", "Justification or evidence"], view.Controls.Select(c =>
        {
            var declared = view.Manifest.StatementOfApplicability.Where(e => string.Equals(e.ControlId, c.Id, StringComparison.Ordinal)).ToList();
            return new[]
            {
                f.Code(c.Id), f.Text(c.Title), $"{StatusDisplay.Emoji(c.Status)} {StatusDisplay.Word(c.Status)}",
                declared.Count == 0 ? "_not declared_" : string.Join("<br>", declared.Select(e => (e.Applicable ? "applicable " : "excluded ") + f.Location(e.DeclaredAt))),
                c.Justification is { } justification ? f.Value(justification) : string.Join("<br>", c.Evidence.Select(f.Text)),
            };
        }));
        md.WriteLine("</details>");
        md.WriteLine();
    }

    private static void Table(TextWriter md, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        md.WriteLine("| " + string.Join(" | ", headers.Select(MarkdownText.Cell)) + " |");
        md.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            md.WriteLine("| " + string.Join(" | ", row.Select(cell => cell.Length == 0 ? " " : cell)) + " |");
        }

        md.WriteLine();
    }
}
