using System.Reflection;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>Every diagnostic has a help page, a release-tracking entry and an index row; the three agree.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> DiagnosticIdsInCode()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllDescriptors().Select(d => d.Id).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsInCode))]
    public void Help_link_names_an_existing_rule_page(string id)
    {
        var descriptor = AllDescriptors().First(d => d.Id == id);
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(RepositoryFiles.PathOf($"docs/rules/{id}.md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DiagnosticIdsInCode))]
    public void Release_tracking_and_the_rules_index_list_the_rule(string id)
    {
        var descriptor = AllDescriptors().First(d => d.Id == id);
        var unshipped = File.ReadAllLines(RepositoryFiles.PathOf("src/Aims.Analyzers/AnalyzerReleases.Unshipped.md"));
        Assert.Contains(unshipped, line => line.StartsWith($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));

        var index = File.ReadAllText(RepositoryFiles.PathOf("docs/rules/README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} |", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_have_no_trailing_period_and_every_descriptor_is_enabled()
    {
        Assert.All(AllDescriptors(), d =>
        {
            Assert.False(d.Title.ToString().EndsWith('.'), d.Id);
            Assert.True(d.IsEnabledByDefault, d.Id);
            Assert.Matches("^AIMS[0-9]{3}$", d.Id);
        });
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics);
}
