using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Catalog;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// The analyzers skip every SDK row when no reference is named like an SDK assembly, and the build's screening then
/// leaves them out of the compile, so each row's type must live in an assembly <see cref="SdkAssemblies"/> names: checked against the real SDKs and the stubs (which carry real assembly names).
/// </summary>
public sealed class SdkAssembliesTests
{
    private static IReadOnlyList<string> RowTypes { get; } = AiSdkCatalog.Entries
        .Where(entry => entry.Kind != AiCallKind.HttpEndpoint)
        .Select(entry => entry.TypeMetadataName)
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> SdkTypes() => new(RowTypes);

    [Theory]
    [MemberData(nameof(SdkTypes))]
    public void Every_resolvable_row_type_lives_in_a_named_SDK_assembly(string typeMetadataName)
    {
        var declaringAssemblies = TestReferences.EverySdkCompilation.GetTypesByMetadataName(typeMetadataName).Select(type => type.ContainingAssembly.Name).ToList();

        Assert.All(declaringAssemblies, assembly => Assert.True(SdkAssemblies.IsSdk(assembly), $"{typeMetadataName} lives in {assembly}, which SdkAssemblies does not name"));
    }

    [Fact]
    public void Every_row_type_in_the_restored_SDK_packages_lives_in_a_named_SDK_assembly()
    {
        var declaringAssemblies = SdkPackages.ByFamily.Values.SelectMany(packages => packages)
            .SelectMany(package => RowTypes.SelectMany(package.TypesNamed))
            .Select(type => (type.ContainingAssembly.Name, Type: type.ToDisplayString()))
            .ToList();

        Assert.NotEmpty(declaringAssemblies);
        Assert.All(declaringAssemblies, found => Assert.True(SdkAssemblies.IsSdk(found.Name), $"{found.Type} lives in {found.Name}, which SdkAssemblies does not name"));
    }

    // An SDK's companion assemblies (ML.NET's DataView or CpuMath) declare no row type: their name prefix must still be
    // one that a row type's assembly has.
    [Fact]
    public void Every_SDK_name_the_tests_carry_is_that_of_an_assembly_declaring_a_row_type_so_the_check_above_covers_it()
    {
        var sdkAssemblies = TestReferences.EverySdkCompilation.SourceModule.ReferencedAssemblySymbols.Select(assembly => assembly.Name).Where(SdkAssemblies.IsSdk).ToList();
        var prefixesOfRowAssemblies = RowTypes.SelectMany(type => TestReferences.EverySdkCompilation.GetTypesByMetadataName(type))
            .Select(type => PrefixOf(type.ContainingAssembly.Name))
            .ToHashSet();

        Assert.NotEmpty(sdkAssemblies);
        Assert.All(sdkAssemblies, assembly => Assert.Contains(PrefixOf(assembly), prefixesOfRowAssemblies));
    }

    [Theory]
    [InlineData("OpenAI", true)]
    [InlineData("OpenAI.Extensions", true)]
    [InlineData("OpenAIShim", false)]
    [InlineData("Microsoft.ML.OnnxRuntime", true)]
    [InlineData("Microsoft.MLTools", false)]
    [InlineData("System.Net.Http", false)]
    public void A_prefix_matches_a_whole_name_or_a_dotted_continuation(string assemblyName, bool isSdk) =>
        Assert.Equal(isSdk, SdkAssemblies.IsSdk(assemblyName));

    private static string PrefixOf(string assemblyName) =>
        SdkAssemblies.NamePrefixes.First(prefix => assemblyName == prefix || assemblyName.StartsWith(prefix + ".", StringComparison.Ordinal));
}
