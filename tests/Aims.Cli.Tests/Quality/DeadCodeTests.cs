using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace Aims.Cli.Tests.Quality;

/// <summary>
/// The tool holds no dead code: every method, property, field and constant it declares in its own files is used by the
/// tool itself, and every optional parameter is given by some caller. (The analyzer files it links are the analyzers'.)
/// </summary>
public sealed class DeadCodeTests
{
    [Fact]
    public void Every_member_the_tool_declares_is_used_by_the_tool()
    {
        var compilation = ToolSources.Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var declared = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var used = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var optional = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var given = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var linked = ToolSources.LinkedFiles.ToHashSet();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var own = !linked.Contains(tree.FilePath);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (own && node is MemberDeclarationSyntax or ParameterSyntax or VariableDeclaratorSyntax or EnumMemberDeclarationSyntax &&
                    CheckedMember(model.GetDeclaredSymbol(node), node) is { } member)
                {
                    declared.Add(member);
                }

                if (own && node is ParameterSyntax && model.GetDeclaredSymbol(node) is IParameterSymbol { IsOptional: true } parameter)
                {
                    optional.Add(parameter);
                }

                if (model.GetOperation(node) is IArgumentOperation { ArgumentKind: ArgumentKind.Explicit, Parameter: { } parameterGiven })
                {
                    given.Add(parameterGiven.OriginalDefinition);
                }

                if (model.GetSymbolInfo(node).Symbol is { } reference)
                {
                    // An extension method called as one is its reduced form.
                    used.Add((reference is IMethodSymbol { ReducedFrom: { } extension } ? extension : reference).OriginalDefinition);
                }
            }
        }

        var unused = declared.Where(symbol => !used.Contains(symbol)).Concat(optional.Where(parameter => !given.Contains(parameter)))
            .Select(symbol => symbol is IParameterSymbol p ? $"optional parameter {p.Name} of {p.ContainingSymbol.ToDisplayString()}" : symbol.ToDisplayString())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(unused.Count == 0, "Declared but never used by the tool:\n" + string.Join("\n", unused));
    }

    /// <summary>
    /// The member a declaration declares, when a caller must name it: not an override, an interface implementation, an
    /// operator, a constructor or Main. A record's positional parameter declares a property.
    /// </summary>
    private static ISymbol? CheckedMember(ISymbol? symbol, SyntaxNode node)
    {
        if (symbol is IParameterSymbol parameter)
        {
            return node.Parent?.Parent is RecordDeclarationSyntax
                ? parameter.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault()
                : null;
        }

        if (symbol is not (IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol or IFieldSymbol) ||
            symbol.IsOverride || symbol.IsImplicitlyDeclared || symbol.Name == "Main")
        {
            return null;
        }

        var type = symbol.ContainingType;
        return type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol))
            ? null
            : symbol;
    }
}
