using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Generator;

/// <summary>
/// The namespace of the generated accessor: the project's RootNamespace with every keyword escaped ("My.int" becomes
/// "My.@int"), or Aims.Generated when the root namespace is missing or is no dotted C# name.
/// </summary>
internal static class GeneratedNamespace
{
    public const string Fallback = "Aims.Generated";

    public static string From(string? rootNamespace)
    {
        if (string.IsNullOrWhiteSpace(rootNamespace))
        {
            return Fallback;
        }

        var parts = rootNamespace!.Trim().Split('.');
        return parts.All(SyntaxFacts.IsValidIdentifier) ? string.Join(".", parts.Select(Escape)) : Fallback;
    }

    private static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;
}
