using System.Composition;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aims.Analyzers.CodeFixes;

/// <summary>AIMS004: add Owner and Purpose placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOwnerAndPurposeFixProvider)), Shared]
public sealed class AddOwnerAndPurposeFixProvider() : AddNamedArgumentsFixProvider(
    RuleTable.SystemWithoutOwnerOrPurpose.Id, "Add Owner and Purpose placeholders", ("Purpose", "<purpose>"), ("Owner", "<owner>"));

/// <summary>AIMS005: add an ImpactAssessment reference placeholder.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddImpactAssessmentFixProvider)), Shared]
public sealed class AddImpactAssessmentFixProvider() : AddNamedArgumentsFixProvider(
    RuleTable.HighRiskWithoutImpactAssessment.Id, "Add an ImpactAssessment placeholder", ("ImpactAssessment", "<impact assessment reference>"));

/// <summary>AIMS011: add a LawfulBasis placeholder.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLawfulBasisFixProvider)), Shared]
public sealed class AddLawfulBasisFixProvider() : AddNamedArgumentsFixProvider(
    RuleTable.PersonalDataWithoutLawfulBasis.Id, "Add a LawfulBasis placeholder", ("LawfulBasis", "<lawful basis>"));

/// <summary>AIMS015: add a Justification placeholder.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddJustificationFixProvider)), Shared]
public sealed class AddJustificationFixProvider() : AddNamedArgumentsFixProvider(
    RuleTable.ExclusionWithoutJustification.Id, "Add a Justification placeholder", ("Justification", "<justification>"));
