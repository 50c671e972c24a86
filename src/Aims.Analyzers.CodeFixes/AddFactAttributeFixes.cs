using System.Composition;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aims.Analyzers.CodeFixes;

/// <summary>AIMS002: add [HumanOversight] with a reviewer placeholder.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHumanOversightFixProvider)), Shared]
public sealed class AddHumanOversightFixProvider() : AddFactAttributeFixProvider(
    RuleTable.HighRiskWithoutOversight.Id,
    "Add [HumanOversight]",
    "global::Aims.HumanOversight(global::Aims.OversightMode.HumanInTheLoop, Reviewer = \"<reviewer>\")");

/// <summary>AIMS003: add [DataSource] with a name placeholder.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDataSourceFixProvider)), Shared]
public sealed class AddDataSourceFixProvider() : AddFactAttributeFixProvider(
    RuleTable.SystemWithoutDataSource.Id,
    "Add [DataSource]",
    "global::Aims.DataSource(\"<data-source>\")");

/// <summary>AIMS013: add [AiEventLogging] with a placeholder for what is logged.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEventLoggingFixProvider)), Shared]
public sealed class AddEventLoggingFixProvider() : AddFactAttributeFixProvider(
    RuleTable.HighRiskWithoutEventLogging.Id,
    "Add [AiEventLogging]",
    "global::Aims.AiEventLogging(\"<events>\")");
