using System.Linq;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Declarations;

/// <summary>What is wrong with a governance value, in words for AIMS007, or null when nothing is.</summary>
internal static class GovernanceValueProblems
{
    public static string? Describe(string where, GovernanceValueKind? kind, AttributeArgumentModel argument)
    {
        if (argument.Kind == AttributeValueKind.UndefinedEnum)
        {
            return $"{where} is {argument.Value}, which is not a defined {argument.TypeName} value";
        }

        if (kind == GovernanceValueKind.ControlIds)
        {
            var unknown = argument.Values.Where(id => id is null || !AnnexAControls.IsKnown(id)).ToList();
            return unknown.Count == 0
                ? null
                : $"{where} names {string.Join(", ", unknown.Select(id => $"'{id}'"))}, which {(unknown.Count == 1 ? "is not an" : "are not")} ISO/IEC 42001 Annex A control{(unknown.Count == 1 ? "" : "s")} (A.2.2 to A.10.4)";
        }

        if (kind == GovernanceValueKind.NonNegativeInteger)
        {
            return long.TryParse(argument.Value, out var number) && number < 0 ? $"{where} is {number}; it cannot be negative" : null;
        }

        if (argument.Kind != AttributeValueKind.Text || kind is null or GovernanceValueKind.Enum or GovernanceValueKind.Boolean or GovernanceValueKind.Number)
        {
            return null;
        }

        var text = argument.Value;
        if (text is null)
        {
            return argument.IsConstructorArgument ? $"{where} is null; it is required" : null;
        }

        if (argument.IsConstructorArgument && GovernanceValueRules.IsBlank(text))
        {
            return $"{where} is empty; it is required";
        }

        // A placeholder that a code fix inserted is AIMS017's to report, not an invalid value.
        if (GovernanceValueRules.IsPlaceholder(text))
        {
            return null;
        }

        return kind switch
        {
            GovernanceValueKind.Id when !GovernanceValueRules.IsWellFormedId(text) =>
                $"{where} '{text}' is not a valid id: use 1 to {GovernanceValueRules.MaxIdLength} letters, digits, '.', '_' or '-', starting with a letter or a digit",
            GovernanceValueKind.ControlId when !AnnexAControls.IsKnown(text) =>
                $"{where} '{text}' is not an ISO/IEC 42001 Annex A control (A.2.2 to A.10.4)",
            GovernanceValueKind.Date when !GovernanceValueRules.IsBlank(text) && !GovernanceValueRules.IsIsoDate(text) =>
                $"{where} '{text}' is not an ISO 8601 date such as 2025-03-31",
            GovernanceValueKind.Uri when !GovernanceValueRules.IsBlank(text) && !GovernanceValueRules.IsAbsoluteUri(text) =>
                $"{where} '{text}' is not an absolute URI such as https://example.com/policy",
            _ => null,
        };
    }
}
