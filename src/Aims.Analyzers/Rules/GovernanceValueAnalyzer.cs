using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>
/// The values written in governance attributes: AIMS007 (invalid), AIMS011 (personal data without lawful basis),
/// AIMS015 (exclusion without justification) and AIMS017 (placeholders).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GovernanceValueAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidGovernanceValue,
        DiagnosticDescriptors.PersonalDataWithoutLawfulBasis,
        DiagnosticDescriptors.ExclusionWithoutJustification,
        DiagnosticDescriptors.Placeholder);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => SourceAttributeActions.Register(start, (use, _, model) =>
        {
            AnalyzeValues(use, model.ReportDiagnostic, model.CancellationToken);
            AnalyzeCombinations(use, model.ReportDiagnostic, model.CancellationToken);
        }));
    }

    private static void AnalyzeValues(AimsAttributeUse use, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var attribute = use.Attribute;
        foreach (var (member, value) in AttributeArguments.All(attribute))
        {
            var kind = GovernanceAttributeSchema.KindOf(use.Name, member);
            var problem = Validate(use.Name, member, kind, value, AttributeArguments.IsConstructorParameter(attribute, member));
            if (problem is not null)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.InvalidGovernanceValue, use.GetLocation(member, cancellationToken), problem));
            }

            foreach (var text in Strings(value))
            {
                if (GovernanceValueRules.IsPlaceholder(text))
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.Placeholder, use.GetLocation(member, cancellationToken), Describe(use.Name, member), text.Trim()));
                }
            }
        }
    }

    private static void AnalyzeCombinations(AimsAttributeUse use, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var attribute = use.Attribute;
        if (use.Name == AimsAttributeNames.DataSource &&
            AttributeArguments.GetPrimitive(attribute, "ContainsPersonalData") is true &&
            GovernanceValueRules.IsBlank(use.GetString("LawfulBasis")))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.PersonalDataWithoutLawfulBasis, use.GetLocation(cancellationToken), use.GetString("Name")));
        }

        if (use.Name == AimsAttributeNames.AiControlApplicability &&
            AttributeArguments.GetPrimitive(attribute, "Applicable") is false &&
            GovernanceValueRules.IsBlank(use.GetString("Justification")))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.ExclusionWithoutJustification, use.GetLocation(cancellationToken), use.GetString("ControlId")));
        }
    }

    private static string? Validate(string attributeName, string member, GovernanceValueKind kind, TypedConstant value, bool required)
    {
        var where = Describe(attributeName, member);
        if (value.Kind == TypedConstantKind.Enum)
        {
            return IsDefined(value) ? null : $"{where} is {value.Value}, which is not a defined {value.Type?.Name} value";
        }

        if (kind == GovernanceValueKind.ControlIds)
        {
            if (value.Kind != TypedConstantKind.Array || value.IsNull)
            {
                return null;
            }

            var unknown = value.Values.Select(v => v.Value as string).Where(id => id is null || !AnnexAControls.IsKnown(id)).ToList();
            return unknown.Count == 0 ? null : $"{where} names {string.Join(", ", unknown.Select(id => $"'{id}'"))}, which {(unknown.Count == 1 ? "is not an" : "are not")} ISO/IEC 42001 Annex A control{(unknown.Count == 1 ? "" : "s")} (A.2.2 to A.10.4)";
        }

        if (kind == GovernanceValueKind.NonNegativeInteger)
        {
            return value.Value is int number && number < 0 ? $"{where} is {number}; it cannot be negative" : null;
        }

        if (value.Value is not string text)
        {
            return value.IsNull && required && kind != GovernanceValueKind.Other ? $"{where} is null; it is required" : null;
        }

        if (required && GovernanceValueRules.IsBlank(text))
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

    private static bool IsDefined(TypedConstant value)
    {
        if (value.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return true;
        }

        return enumType.GetMembers().OfType<IFieldSymbol>().Any(field => field.HasConstantValue && Equals(field.ConstantValue, value.Value));
    }

    private static ImmutableArray<string> Strings(TypedConstant value) => value.Kind switch
    {
        TypedConstantKind.Primitive when value.Value is string text => ImmutableArray.Create(text),
        TypedConstantKind.Array when !value.IsNull => value.Values.Select(v => v.Value as string).Where(s => s is not null).ToImmutableArray()!,
        _ => ImmutableArray<string>.Empty,
    };

    private static string Describe(string attributeName, string member)
    {
        var shortName = attributeName.EndsWith("Attribute", StringComparison.Ordinal) ? attributeName.Substring(0, attributeName.Length - "Attribute".Length) : attributeName;
        return $"{shortName}.{char.ToUpperInvariant(member[0])}{member.Substring(1)}";
    }
}
