using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// The catalogue rows of the SDKs that restore here are checked against their real assemblies: a member that exists in
/// none of the tested versions is a typo or a removed API, unless its row says which other versions it is kept for.
/// The rows of packages that do not restore are checked against their stubs: a row that resolves nowhere fails.
/// </summary>
public sealed class CatalogueAssemblyTests
{
    private static readonly IReadOnlyList<AiSdkEntry> TestedRows = AiSdkCatalog.Entries.Where(entry => SdkPackages.ByFamily.ContainsKey(entry.Sdk)).ToList();

    private static readonly IReadOnlyList<AiSdkEntry> StubbedRows = AiSdkCatalog.Entries
        .Where(entry => entry.Kind != AiCallKind.HttpEndpoint && (!SdkPackages.ByFamily.ContainsKey(entry.Sdk) || StubTypes(entry).Any()))
        .ToList();

    public static TheoryData<int, string> RowsCheckedAgainstStubs()
    {
        var data = new TheoryData<int, string>();
        for (var row = 0; row < StubbedRows.Count; row++)
        {
            data.Add(row, $"{StubbedRows[row].TypeMetadataName} ({StubbedRows[row].Kind})");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RowsCheckedAgainstStubs))]
    public void A_row_of_a_package_that_does_not_restore_resolves_in_its_stub_with_every_member(int row, string label)
    {
        var entry = StubbedRows[row];
        var types = StubTypes(entry).ToList();
        Assert.True(types.Count > 0, $"{label}: no stub declares the type, and no version of its package restores here. Add it to the stub of its assembly (Stubs/).");
        var missing = entry.Members.Where(member => !types.Any(type => Declares(type, member))).ToList();
        Assert.True(missing.Count == 0, $"{label}: {string.Join(", ", missing)} is no public method of the stub's type; fix the row or the stub.");
    }

    [Fact]
    public void No_stub_stands_for_an_assembly_of_a_package_that_restores()
    {
        var restored = SdkPackages.ByFamily.Values.SelectMany(packages => packages).SelectMany(package => package.Assemblies)
            .Select(assembly => Path.GetFileNameWithoutExtension(assembly.Display))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(restored);
        Assert.Empty(TestReferences.StubAssemblyNames.Intersect(restored));
    }

    private static IEnumerable<INamedTypeSymbol> StubTypes(AiSdkEntry entry) =>
        TestReferences.EverySdkCompilation.GetTypesByMetadataName(entry.TypeMetadataName).Where(type => TestReferences.StubAssemblyNames.Contains(type.ContainingAssembly.Name));

    public static TheoryData<int, string> CurrentRows() => RowsWhere(entry => entry.KeptFor is null);

    public static TheoryData<int, string> KeptRows() => RowsWhere(entry => entry.KeptFor is not null);

    [Theory]
    [MemberData(nameof(CurrentRows))]
    public void Every_member_of_a_current_row_is_a_public_method_of_its_type_in_a_tested_version(int row, string label)
    {
        var entry = TestedRows[row];
        var missing = entry.Members.Where(member => !PackagesOf(entry).Any(package => Declares(package, entry.TypeMetadataName, member))).ToList();

        Assert.True(
            missing.Count == 0,
            $"{label}: {string.Join(", ", missing)} is no public method of the type (overrides aside) in {string.Join(", ", PackagesOf(entry))}. " +
            "Fix the name, or move it to a row that says which versions it is kept for (KeptFor).");
    }

    [Theory]
    [MemberData(nameof(KeptRows))]
    public void A_row_kept_for_other_versions_has_no_member_in_the_tested_versions(int row, string label)
    {
        var entry = TestedRows[row];
        var present = entry.Members.Where(member => PackagesOf(entry).Any(package => Declares(package, entry.TypeMetadataName, member))).ToList();

        Assert.True(
            present.Count == 0,
            $"{label} is kept for {entry.KeptFor}, yet {string.Join(", ", present)} is in a tested version: move it to the current row.");
    }

    [Fact]
    public void Only_rows_of_SDKs_tested_here_say_what_they_are_kept_for() =>
        Assert.All(AiSdkCatalog.Entries.Where(entry => entry.KeptFor is not null), entry => Assert.Contains(entry.Sdk, SdkPackages.ByFamily.Keys));

    [Fact]
    public void Every_tested_package_declares_a_catalogued_type_so_a_wrong_package_cannot_pass_unnoticed()
    {
        foreach (var (family, packages) in SdkPackages.ByFamily)
        {
            var types = AiSdkCatalog.Entries.Where(entry => entry.Sdk == family).Select(entry => entry.TypeMetadataName).Distinct().ToList();
            Assert.All(packages, package => Assert.True(types.Any(type => package.TypesNamed(type).Any()), $"{package} declares no {family} row type"));
        }
    }

    [Fact]
    public void A_member_name_has_one_kind_per_type_because_the_detector_keys_members_by_name()
    {
        var repeated = AiSdkCatalog.Entries
            .SelectMany(entry => entry.Members.Select(member => (entry.TypeMetadataName, Member: member)))
            .GroupBy(pair => pair, pair => pair)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key.TypeMetadataName + "." + group.Key.Member)
            .ToList();

        Assert.Empty(repeated);
    }

    private static IEnumerable<SdkPackage> PackagesOf(AiSdkEntry entry) => SdkPackages.ByFamily[entry.Sdk];

    /// <summary>
    /// A public method or constructor of that name declared on the type. Overrides do not count: C# binds a call to the
    /// overridden declaration, so a row naming only an override never matches.
    /// </summary>
    private static bool Declares(SdkPackage package, string typeMetadataName, string member) =>
        package.TypesNamed(typeMetadataName).Any(type => Declares(type, member));

    private static bool Declares(INamedTypeSymbol type, string member) => member == AiSdkEntry.Constructor
        ? type.InstanceConstructors.Any(constructor => constructor.DeclaredAccessibility == Accessibility.Public)
        : type.GetMembers(member).OfType<IMethodSymbol>().Any(method => method.DeclaredAccessibility == Accessibility.Public && !method.IsOverride);

    private static TheoryData<int, string> RowsWhere(Func<AiSdkEntry, bool> predicate)
    {
        var data = new TheoryData<int, string>();
        for (var row = 0; row < TestedRows.Count; row++)
        {
            if (predicate(TestedRows[row]))
            {
                data.Add(row, $"{TestedRows[row].TypeMetadataName} ({TestedRows[row].Kind})");
            }
        }

        return data;
    }
}
