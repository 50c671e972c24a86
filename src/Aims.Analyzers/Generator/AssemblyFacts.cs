using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Generator;

/// <summary>
/// What the generated source needs to know of the compilation besides its declarations: the assembly's name and version,
/// and whether a global type named System hides the System namespace (then generated code names no System type). Read
/// from syntax, so that a project without AI never has its compilation bound by the generator; only a version that is
/// not a plain literal, or a hidden System namespace, is asked of the compilation.
/// </summary>
internal sealed record AssemblyFacts(string Name, string Version, bool SystemIsShadowed, bool HasManifestAttribute)
{
    public const string ManifestAttributeMetadataName = "Aims.AimsManifestAttribute";

    private static readonly Version DefaultVersion = new(0, 0, 0, 0);

    public static AssemblyFacts Read(Compilation compilation)
    {
        var shadowed = compilation.SyntaxTrees.Any(DeclaresGlobalSystemType);
        return new AssemblyFacts(
            compilation.AssemblyName ?? string.Empty,
            VersionOf(compilation).ToString(),
            shadowed,
            shadowed && compilation.GetTypeByMetadataName(ManifestAttributeMetadataName) is not null);
    }

    private static bool DeclaresGlobalSystemType(SyntaxTree tree) =>
        tree.GetRoot() is CompilationUnitSyntax unit &&
        unit.Members.Any(member => member is BaseTypeDeclarationSyntax { Identifier.ValueText: "System" } or DelegateDeclarationSyntax { Identifier.ValueText: "System" });

    /// <summary>The version [assembly: AssemblyVersion("…")] states as a literal, 0.0.0.0 without one, else what the compilation binds.</summary>
    private static Version VersionOf(Compilation compilation)
    {
        var written = compilation.SyntaxTrees
            .Select(tree => tree.GetRoot())
            .OfType<CompilationUnitSyntax>()
            .SelectMany(unit => unit.AttributeLists)
            .Where(list => list.Target?.Identifier.ValueText == "assembly")
            .SelectMany(list => list.Attributes)
            .Where(attribute => SimpleName(attribute.Name) is "AssemblyVersion" or "AssemblyVersionAttribute")
            .ToList();
        if (written.Count == 0)
        {
            return DefaultVersion;
        }

        return written.Count == 1 &&
            written[0].ArgumentList?.Arguments is { Count: 1 } arguments &&
            arguments[0].Expression is LiteralExpressionSyntax literal &&
            System.Version.TryParse(literal.Token.ValueText, out var version)
                ? new Version(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0))
                : compilation.Assembly.Identity.Version;
    }

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
