using System.Collections.Immutable;
using System.Text;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;
using Aims.Manifest.Catalog;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// Every member of every current catalogue row is found where code calls it: for each row, a source file calls each of
/// its members once (the overload with the fewest parameters, on a receiver of the row's type), compiled against the real
/// assemblies where the package restores and the stubs where it does not, and each call must be AIMS001 (a model call)
/// or AIMS020 (a service call) as the row's kind says.
/// </summary>
public sealed class CatalogueDetectionTests
{
    private static readonly IReadOnlyList<AiSdkEntry> Rows = AiSdkCatalog.Entries
        .Where(entry => entry.KeptFor is null && entry.Kind != AiCallKind.HttpEndpoint)
        .ToList();

    public static TheoryData<int, string> CurrentRows()
    {
        var data = new TheoryData<int, string>();
        for (var row = 0; row < Rows.Count; row++)
        {
            data.Add(row, $"{Rows[row].TypeMetadataName} ({Rows[row].Kind})");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CurrentRows))]
    public Task Every_member_of_a_current_row_is_found_where_code_calls_it(int row, string label)
    {
        var entry = Rows[row];
        var type = TestReferences.EverySdkCompilation.GetTypesByMetadataName(entry.TypeMetadataName).FirstOrDefault(candidate => candidate.DeclaredAccessibility == Accessibility.Public);
        Assert.True(type is not null, $"{label}: the type resolves nowhere");
        var id = AiCallKinds.CategoryOf(entry.Kind) == AiCallCategory.Model ? "AIMS001" : "AIMS020";
        // Extension methods are called as code calls them, so their namespace is imported.
        var source = new StringBuilder($"#pragma warning disable\n#pragma warning restore AIMS001, AIMS020\nusing {type!.ContainingNamespace.ToDisplayString()};\npublic static class Calls\n{{\n");
        var calls = 0;
        foreach (var member in entry.Members)
        {
            if (SimplestOverload(type!, member) is { } method)
            {
                source.AppendLine(Call(type!, method, id, calls++));
            }
        }

        Assert.True(calls > 0, $"{label}: no member has an overload a test can call");
        var test = new Test { References = TestReferences.EverySdk, OnlyIds = new HashSet<string> { "AIMS001", "AIMS020" } };
        return test.WithSource(source.Append('}').ToString()).RunAsync();
    }

    /// <summary>Each row kept for other versions, with each served earlier version of its SDK that declares a member of it.</summary>
    private static readonly IReadOnlyList<(AiSdkEntry Entry, SdkPackage Package)> KeptRows = AiSdkCatalog.Entries
        .Where(entry => entry.KeptFor is not null && SdkPackages.Earlier.ContainsKey(entry.Sdk))
        .SelectMany(entry => SdkPackages.Earlier[entry.Sdk]
            .Where(package => package.TypesNamed(entry.TypeMetadataName).Any(type => entry.Members.Any(member => SimplestOverload(type, member) is not null)))
            .Select(package => (entry, package)))
        .ToList();

    public static TheoryData<int, string> KeptRowsServedHere()
    {
        var data = new TheoryData<int, string>();
        for (var row = 0; row < KeptRows.Count; row++)
        {
            data.Add(row, $"{KeptRows[row].Entry.TypeMetadataName} ({KeptRows[row].Entry.KeptFor}) on {KeptRows[row].Package}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KeptRowsServedHere))]
    public Task A_row_kept_for_an_earlier_version_is_found_where_code_built_against_that_version_calls_it(int row, string label)
    {
        var (entry, package) = KeptRows[row];
        var type = package.TypesNamed(entry.TypeMetadataName).First();
        var id = AiCallKinds.CategoryOf(entry.Kind) == AiCallCategory.Model ? "AIMS001" : "AIMS020";
        var source = new StringBuilder($"#pragma warning disable\n#pragma warning restore AIMS001, AIMS020\nusing {type.ContainingNamespace.ToDisplayString()};\npublic static class Calls\n{{\n");
        var calls = 0;
        foreach (var member in entry.Members)
        {
            if (SimplestOverload(type, member) is { } method)
            {
                source.AppendLine(Call(type, method, id, calls++));
            }
        }

        Assert.True(calls > 0, $"{label}: no member has an overload a test can call");
        // The earlier version stands in for the referenced one, as in a project that references it.
        var replaced = package.Assemblies.Select(assembly => Path.GetFileNameWithoutExtension(assembly.Display)).ToHashSet(StringComparer.Ordinal);
        var references = TestReferences.EverySdk.Where(reference => !replaced.Contains(Path.GetFileNameWithoutExtension(reference.Display))).Concat(package.Assemblies).ToImmutableArray();
        var test = new Test { References = references, OnlyIds = new HashSet<string> { "AIMS001", "AIMS020" } };
        return test.WithSource(source.Append('}').ToString()).RunAsync();
    }

    /// <summary>
    /// The kept rows that no served version declares, with the type as the referenced versions have it, where one
    /// assembly does (Microsoft.Agents.AI adds a second Microsoft.Extensions.AI.ChatClientExtensions, which code cannot name).
    /// </summary>
    private static readonly IReadOnlyList<(AiSdkEntry Entry, INamedTypeSymbol Type)> UnservedKeptRows = AiSdkCatalog.Entries
        .Where(entry => entry.KeptFor is not null && !KeptRows.Any(row => row.Entry == entry))
        .Select(entry => (Entry: entry, Types: TestReferences.EverySdkCompilation.GetTypesByMetadataName(entry.TypeMetadataName).Where(type => type.DeclaredAccessibility == Accessibility.Public).ToList()))
        .Where(row => row.Types.Count == 1)
        .Select(row => (row.Entry, row.Types[0]))
        .ToList();

    public static TheoryData<int, string> KeptRowsOfUnservedVersions()
    {
        var data = new TheoryData<int, string>();
        for (var row = 0; row < UnservedKeptRows.Count; row++)
        {
            data.Add(row, $"{UnservedKeptRows[row].Entry.TypeMetadataName} ({UnservedKeptRows[row].Entry.KeptFor})");
        }

        return data;
    }

    /// <summary>
    /// Code written for a version that is not served here does not bind against the referenced one; its calls are still
    /// found by the name they call on a receiver of the row's type, as the row is kept for.
    /// </summary>
    [Theory]
    [MemberData(nameof(KeptRowsOfUnservedVersions))]
    public Task A_row_kept_for_a_version_not_served_here_is_found_by_name_where_code_written_for_it_calls_it(int row, string label)
    {
        var (entry, type) = UnservedKeptRows[row];
        Assert.False(entry.Members.IsEmpty, label);
        var id = AiCallKinds.CategoryOf(entry.Kind) == AiCallCategory.Model ? "AIMS001" : "AIMS020";
        var owner = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var typeParameters = type.TypeParameters.Length > 0 ? "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">" : "";
        var receiver = type.IsStatic ? owner.Split('<')[0] : "receiver";
        var parameters = type.IsStatic ? "" : $"{owner} receiver";
        var source = new StringBuilder("#pragma warning disable\n#pragma warning restore AIMS001, AIMS020\npublic static class Calls\n{\n");
        for (var i = 0; i < entry.Members.Length; i++)
        {
            source.AppendLine($"    public static object Call{i}{typeParameters}({parameters}) => {{|{id}:{receiver}.{entry.Members[i]}()|}};");
        }

        var test = new Test { References = TestReferences.EverySdk, OnlyIds = new HashSet<string> { "AIMS001", "AIMS020" }, AllowCompilationErrors = true };
        return test.WithSource(source.Append('}').ToString()).RunAsync();
    }

    [Fact]
    public void Every_earlier_version_served_here_has_some_kept_row() =>
        Assert.All(SdkPackages.Earlier.Values.SelectMany(packages => packages), package => Assert.Contains(KeptRows, row => row.Package == package));

    private static IMethodSymbol? SimplestOverload(INamedTypeSymbol type, string member) =>
        (member == AiSdkEntry.Constructor ? type.InstanceConstructors.AsEnumerable() : type.GetMembers(member).OfType<IMethodSymbol>())
            .Where(method => method.DeclaredAccessibility == Accessibility.Public &&
                method.Parameters.All(parameter => parameter.RefKind == RefKind.None && parameter.Type is not IPointerTypeSymbol))
            .OrderBy(method => method.IsGenericMethod)
            .ThenBy(method => method.Parameters.Length)
            .FirstOrDefault();

    // One method per call, whose parameters are the receiver and the arguments, and whose type parameters are those of a
    // generic type and a generic member: nothing but the call is in it.
    private static string Call(INamedTypeSymbol type, IMethodSymbol method, string id, int index)
    {
        static string Name(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var owner = Name(type);
        var parameters = method.Parameters.Select((parameter, i) => $"{Name(parameter.Type)} a{i}").ToList();
        var typeArguments = method.IsGenericMethod ? "<" + string.Join(", ", method.TypeParameters.Select(parameter => parameter.Name)) + ">" : "";
        var wrapperTypeParameters = type.TypeParameters.Concat(method.TypeParameters).ToList();
        var wrapperTypeArguments = wrapperTypeParameters.Count > 0 ? "<" + string.Join(", ", wrapperTypeParameters.Select(parameter => parameter.Name)) + ">" : "";
        var arguments = method.Parameters.Select((_, i) => $"a{i}").ToList();
        string call;
        if (method.MethodKind == MethodKind.Constructor)
        {
            call = $"new {owner}({string.Join(", ", arguments)})";
        }
        else if (method.IsExtensionMethod)
        {
            call = $"a0.{method.Name}{typeArguments}({string.Join(", ", arguments.Skip(1))})";
        }
        else if (method.IsStatic)
        {
            call = $"{owner}.{method.Name}{typeArguments}({string.Join(", ", arguments)})";
        }
        else
        {
            parameters.Insert(0, $"{owner} receiver");
            call = $"receiver.{method.Name}{typeArguments}({string.Join(", ", arguments)})";
        }

        var statement = method.ReturnsVoid && method.MethodKind != MethodKind.Constructor ? $"{{|{id}:{call}|}};" : $"_ = {{|{id}:{call}|}};";
        return $"    public static void Call{index}{wrapperTypeArguments}({string.Join(", ", parameters)}){Constraints(wrapperTypeParameters)} {{ {statement} }}";
    }

    private static string Constraints(IEnumerable<ITypeParameterSymbol> typeParameters) => string.Concat(typeParameters.Select(parameter =>
    {
        var constraints = new List<string>();
        if (parameter.HasReferenceTypeConstraint) constraints.Add("class");
        if (parameter.HasUnmanagedTypeConstraint) constraints.Add("unmanaged");
        else if (parameter.HasValueTypeConstraint) constraints.Add("struct");
        if (parameter.HasNotNullConstraint) constraints.Add("notnull");
        constraints.AddRange(parameter.ConstraintTypes.Select(constraint => constraint.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
        if (parameter.HasConstructorConstraint) constraints.Add("new()");
        return constraints.Count == 0 ? "" : $" where {parameter.Name} : {string.Join(", ", constraints)}";
    }));
}
