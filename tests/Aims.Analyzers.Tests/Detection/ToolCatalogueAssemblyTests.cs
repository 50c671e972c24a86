using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Catalog;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// Every row of the tool catalogue names a type of a real SDK assembly that restores here, and members that type declares
/// publicly: a typo in a row would otherwise never find a tool.
/// </summary>
public sealed class ToolCatalogueAssemblyTests
{
    public static TheoryData<int, string> Rows()
    {
        var data = new TheoryData<int, string>();
        for (var row = 0; row < AiToolCatalog.Entries.Length; row++)
        {
            data.Add(row, $"{AiToolCatalog.Entries[row].TypeMetadataName} ({AiToolCatalog.Entries[row].Source})");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_row_resolves_in_a_real_SDK_assembly_with_every_member(int row, string label)
    {
        var entry = AiToolCatalog.Entries[row];
        var type = TestReferences.EverySdkCompilation.GetTypeByMetadataName(entry.TypeMetadataName);

        Assert.True(type is not null, $"{label}: no referenced SDK assembly declares the type");
        Assert.DoesNotContain(type.ContainingAssembly.Name, TestReferences.StubAssemblyNames);
        var missing = entry.Members.Where(member => member == AiSdkEntry.Constructor
            ? !type.InstanceConstructors.Any(constructor => constructor.DeclaredAccessibility == Accessibility.Public)
            : !type.GetMembers(member).OfType<IMethodSymbol>().Any(method => method.DeclaredAccessibility == Accessibility.Public)).ToList();
        Assert.True(missing.Count == 0, $"{label}: {string.Join(", ", missing)} is no public member of the type");
        Assert.Equal(entry.Source == AiToolSource.ToolAttribute, entry.Members.IsEmpty);
    }

    [Fact]
    public void The_types_the_detector_reads_beside_the_rows_are_real()
    {
        string[] names =
        [
            AiToolCatalog.KernelFunctionAttribute, AiToolCatalog.ApprovalRequiredFunction, AiToolCatalog.ToolBase,
            AiToolCatalog.DelegatingFunction, AiToolCatalog.HostedMcpServerTool, AiToolCatalog.AlwaysRequireApprovalMode,
        ];

        Assert.All(names, name => Assert.NotNull(TestReferences.EverySdkCompilation.GetTypeByMetadataName(name)));
    }
}
