using System.Reflection;
using System.Text;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// The rule table is the one source: every descriptor, the analysis-mode globalconfigs, the release-tracking file, each
/// rule page's header, the rules index and the README's rule table agree with it. Run with AIMS_UPDATE_DOCS=1 to
/// re-render them after a change to the table, and review the diff.
/// </summary>
public sealed class RuleTableDocumentationTests
{
    private const string Update = "AIMS_UPDATE_DOCS";

    private static readonly (string Name, string Description)[] Modes =
    [
        (AnalysisModes.Minimal, "only what is broken or unlawful fails the build: invalid values, duplicate or unknown ids, prohibited practices; undeclared AI usage, personal data without a lawful basis and literal credentials stay warnings; completeness gaps are suggestions."),
        (AnalysisModes.Recommended, "the default: the severities each rule ships with."),
        (AnalysisModes.Strict, "every governance gap is an error, so a pipeline fails on any of them; a stale declaration (AIMS016) is a warning."),
    ];

    public static TheoryData<string> RuleIds() => new(RuleTable.All.Select(rule => rule.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_has_the_tables_title_and_header(string id)
    {
        var rule = RuleTable.Get(id);
        var path = $"docs/rules/{id}.md";
        Assert.StartsWith($"# {id}: {rule.Title}\n", File.ReadAllText(RepositoryFiles.PathOf(path)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        GeneratedRegion.AssertMatches(path, "header", Header(rule), Update);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_links_to_the_analyzer_and_tests_that_exist(string id)
    {
        var rule = RuleTable.Get(id);
        Assert.True(File.Exists(RepositoryFiles.PathOf(AnalyzerPath(rule))), AnalyzerPath(rule));
        Assert.True(File.Exists(RepositoryFiles.PathOf(TestsPath(rule))), TestsPath(rule));
        Assert.Equal(RuleDefinition.HelpLinkBase + id + ".md", rule.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Rules_index_lists_every_rule_and_its_severity_in_each_mode()
    {
        GeneratedRegion.AssertMatches("docs/rules/README.md", "rules", RulesTable(link: id => $"{id}.md", withStandards: true), Update);
        var modes = new StringBuilder("| rule | Minimal | Recommended (default) | Strict |\n|---|---|---|---|\n");
        foreach (var rule in RuleTable.All)
        {
            modes.Append(rule.IsInventoryRecord
                ? $"| [{rule.Id}]({rule.Id}.md) | {NotConfigurable} | {NotConfigurable} | {NotConfigurable} |\n"
                : $"| [{rule.Id}]({rule.Id}.md) | {Name(rule.Minimal)} | {Name(rule.Recommended)} | {Name(rule.Strict)} |\n");
        }

        GeneratedRegion.AssertMatches("docs/rules/README.md", "modes", modes.ToString(), Update);
    }

    [Fact]
    public void Readme_lists_every_rule() =>
        GeneratedRegion.AssertMatches("README.md", "rules", RulesTable(link: id => $"docs/rules/{id}.md", withStandards: false), Update);

    public static TheoryData<string> AnalysisModeNames() => new(AnalysisModes.All);

    [Fact]
    public void The_package_targets_choose_a_globalconfig_for_exactly_the_analysis_modes_and_refuse_any_other()
    {
        var targets = File.ReadAllText(RepositoryFiles.PathOf("src/Aims.Analyzers.Package/buildTransitive/Aims.Analyzers.targets"));
        var chosen = System.Text.RegularExpressions.Regex.Matches(targets, @"config/Aims\.(?<mode>\w+)\.globalconfig"" Condition=""'\$\(AimsAnalysisMode\)' == '\k<mode>'""")
            .Select(m => m.Groups["mode"].Value);

        Assert.Equal(AnalysisModes.All, chosen);
        Assert.Contains($"is not one of {string.Join(", ", AnalysisModes.All.Take(AnalysisModes.All.Count - 1))} or {AnalysisModes.All[^1]}.", targets, StringComparison.Ordinal);
        Assert.Contains($"<AimsAnalysisMode Condition=\"'$(AimsAnalysisMode)' == ''\">{AnalysisModes.Default}</AimsAnalysisMode>", targets, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AnalysisModeNames))]
    public void Analysis_mode_globalconfig_sets_every_rule_as_the_table_says(string mode)
    {
        var text = new StringBuilder();
        text.Append($"# Aims.Analyzers analysis mode {mode}: {Modes.Single(m => m.Name == mode).Description}\n");
        text.Append("# Chosen by <AimsAnalysisMode>; a project's own .editorconfig or .globalconfig entries take precedence.\n");
        text.Append("# Rendered from src/Aims.Analyzers/Diagnostics/RuleTable.cs by RuleTableDocumentationTests.\n");
        text.Append("is_global = true\nglobal_level = -100\n\n");
        foreach (var rule in RuleTable.All.Where(rule => !rule.IsInventoryRecord))
        {
            text.Append($"dotnet_diagnostic.{rule.Id}.severity = {Name(rule.SeverityIn(mode))}\n");
        }

        ReviewedFile.AssertMatches($"src/Aims.Analyzers.Package/buildTransitive/config/Aims.{mode}.globalconfig", text.ToString(), Update);
    }

    [Fact]
    public void Release_tracking_lists_every_rule_with_its_analyzer()
    {
        var text = new StringBuilder("""
            ; Unshipped analyzer release
            ; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------

            """);
        foreach (var rule in RuleTable.All)
        {
            text.Append($"{rule.Id} | {rule.Descriptor.Category} | {rule.DefaultSeverity} | {rule.Analyzer}, [Documentation]({rule.Descriptor.HelpLinkUri})\n");
        }

        ReviewedFile.AssertMatches("src/Aims.Analyzers/AnalyzerReleases.Unshipped.md", text.ToString(), Update);
    }

    [Fact]
    public void Every_rule_is_supported_by_the_analyzer_the_table_names_and_by_no_other()
    {
        var analyzers = Harness.AnalyzerTest.AllAnalyzers;
        foreach (var rule in RuleTable.All)
        {
            var supporting = analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == rule.Id)).Select(a => a.GetType().Name);
            Assert.Equal([rule.Analyzer], supporting);
        }

        Assert.All(analyzers, analyzer => Assert.NotNull(analyzer.GetType().GetCustomAttribute<DiagnosticAnalyzerAttribute>()));
        Assert.Equal(
            RuleTable.All.Select(rule => rule.Id).Order(StringComparer.Ordinal),
            analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Code_fixes_exist_exactly_for_the_rules_the_table_marks()
    {
        var fixable = typeof(Aims.Analyzers.CodeFixes.DocumentFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(RuleTable.All.Where(rule => rule.HasCodeFix).Select(rule => rule.Id).Order(StringComparer.Ordinal), fixable);
    }

    [Fact]
    public void The_readme_fix_table_lists_exactly_the_rules_with_a_code_fix()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        var table = readme[readme.IndexOf("| rule | fix |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var listed = table.Split('\n').Skip(2).Select(row => row.Split('|')[1].Trim());

        Assert.Equal(RuleTable.All.Where(rule => rule.HasCodeFix).Select(rule => rule.Id), listed);
    }

    [Fact]
    public void The_ci_recipes_leave_out_of_code_scanning_exactly_the_inventory_records()
    {
        var recipes = File.ReadAllText(RepositoryFiles.PathOf("docs/ci.md"));
        var filters = System.Text.RegularExpressions.Regex.Matches(recipes, @"select\(\.ruleId \| test\(""(?<pattern>[^""]+)""\) \| not\)").Select(m => m.Groups["pattern"].Value).ToList();

        Assert.Equal(2, filters.Count);
        Assert.All(filters, pattern => Assert.All(RuleTable.All, rule =>
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(rule.Id, pattern) == rule.IsInventoryRecord, $"{pattern} and {rule.Id}")));
    }

    [Fact]
    public void Titles_and_messages_follow_the_conventions()
    {
        Assert.All(RuleTable.All, rule =>
        {
            Assert.Matches("^AIMS[0-9]{3}$", rule.Id);
            Assert.False(rule.Title.EndsWith('.'), rule.Id);
            Assert.True(rule.Descriptor.IsEnabledByDefault, rule.Id);
            Assert.Equal(rule.Recommended, rule.SeverityIn("Recommended"));
        });
        Assert.Equal(RuleTable.All.Length, RuleTable.All.Select(rule => rule.Id).Distinct().Count());
    }

    private static string Header(RuleDefinition rule)
    {
        var text = new StringBuilder("| | |\n|---|---|\n");
        text.Append(rule.IsInventoryRecord
            ? $"| Severity | {rule.DefaultSeverity}, {NotConfigurable}: a record of the inventory, reported in command-line builds only and never in the IDE |\n"
            : $"| Severity | {rule.DefaultSeverity} (analysis mode Minimal: {Name(rule.Minimal)}, Recommended: {Name(rule.Recommended)}, Strict: {Name(rule.Strict)}) |\n");
        text.Append($"| Category | {rule.Descriptor.Category} |\n");
        text.Append($"| ISO/IEC 42001 | {rule.Iso42001} |\n");
        text.Append($"| EU AI Act | {rule.AiAct} |\n");
        text.Append($"| Code fix | {(rule.HasCodeFix ? "yes" : "no")} |\n");
        if (rule.IsCompilationEnd)
        {
            text.Append("| Reported | when the whole compilation is analysed: in builds, and in the IDE with full-solution analysis |\n");
        }

        text.Append($"| Implementation | [`{rule.Analyzer}`](../../{AnalyzerPath(rule)}), tested by [`{rule.Analyzer}Tests`](../../{TestsPath(rule)}) |\n");
        return text.ToString();
    }

    private static string RulesTable(Func<string, string> link, bool withStandards)
    {
        var text = new StringBuilder(withStandards
            ? "| id | title | default severity | ISO/IEC 42001 | EU AI Act |\n|---|---|---|---|---|\n"
            : "| id | title | default |\n|---|---|---|\n");
        foreach (var rule in RuleTable.All)
        {
            text.Append($"| [{rule.Id}]({link(rule.Id)}) | {rule.Title} | {rule.DefaultSeverity} |");
            text.Append(withStandards ? $" {rule.Iso42001} | {rule.AiAct} |\n" : "\n");
        }

        return text.ToString();
    }

    private const string NotConfigurable = "not configurable";

    private static string AnalyzerPath(RuleDefinition rule) => $"src/Aims.Analyzers/Rules/{rule.Analyzer}.cs";

    private static string TestsPath(RuleDefinition rule) => $"tests/Aims.Analyzers.Tests/Rules/{rule.Analyzer}Tests.cs";

    private static string Name(RuleSeverity severity) => severity.ToString().ToLowerInvariant();
}
