using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.SystemDeclarationAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS002, 003, 004, 005, 006, 008, 009, 013 and 018: what a declared system must state, joined across its pieces.</summary>
public sealed class SystemDeclarationTests
{
    private const string SharedLibrary = """
        using Aims;
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("TestProject")]
        namespace Shared;
        [AiSystem("platform-assistant", Purpose = "Answers platform questions", Owner = "Platform", Risk = AiRiskLevel.Limited)]
        [DataSource("platform-docs")]
        public sealed class PlatformAssistant { }

        [PartOfAiSystem("credit-scoring")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Credit officer")]
        [AiEventLogging("inputs, scores, overrides", RetentionDays = 365)]
        public sealed class SharedCreditPiece { }
        """;

    private static Task VerifyAsync(params string[] sources) => Run(new Test(), sources);

    private static Task Run(Test test, params string[] sources) => test.WithSources(sources).RunAsync();

    [Fact]
    public Task A_complete_limited_risk_declaration_reports_nothing() => VerifyAsync("""
        using Aims;
        [AiSystem("support-assistant", Name = "Support", Purpose = "Drafts replies", Owner = "Support Engineering", Risk = AiRiskLevel.Limited)]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Support agent")]
        [DataSource("ticket-history", Usage = DataUsage.Grounding)]
        public sealed class ReplyDrafter { }
        """);

    [Fact]
    public Task A_bare_declaration_reports_unassessed_risk_missing_owner_and_purpose_and_no_data_source() => VerifyAsync("""
        using Aims;
        [{|AIMS003,AIMS004,AIMS018:AiSystem("bare")|}]
        public sealed class Bare { }
        """);

    [Fact]
    public async Task Messages_name_the_system_and_what_is_missing()
    {
        var diagnostics = await new Test().WithSource("""
            using Aims;
            [{|AIMS003,AIMS004:AiSystem("half", Purpose = "", Risk = AiRiskLevel.Minimal)|}]
            public sealed class Half { }
            """).RunAsync();
        Assert.Equal(
            ["AI system 'half' declares no [DataSource] on its declaration or any of its pieces", "AI system 'half' has no Owner and no Purpose"],
            diagnostics.Select(d => d.GetMessage()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public Task High_risk_without_oversight_impact_assessment_and_logging_reports_each() => VerifyAsync("""
        using Aims;
        [{|AIMS002,AIMS005,AIMS013:AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High)|}]
        [DataSource("applications", ContainsPersonalData = true, LawfulBasis = "Contract")]
        public sealed class CreditScorer { }
        """);

    [Fact]
    public Task High_risk_facts_given_by_pieces_in_other_files_count() => VerifyAsync(
        """
        using Aims;
        [AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High, ImpactAssessment = "DPIA-2025-014")]
        public sealed class CreditScorer { }
        """,
        """
        using Aims;
        [PartOfAiSystem("credit-scoring")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Credit officer")]
        [DataSource("applications", ContainsPersonalData = true, LawfulBasis = "Contract")]
        internal sealed class ReviewQueue
        {
            [AiEventLogging("inputs, scores, overrides", RetentionDays = 365)]
            public void Log() { }
        }
        """);

    [Fact]
    public Task High_risk_facts_given_by_a_piece_in_a_referenced_assembly_count() => Run(
        new Test { References = TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", SharedLibrary)) },
        """
        using Aims;
        [AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High, ImpactAssessment = "DPIA-2025-014")]
        [DataSource("applications")]
        public sealed class CreditScorer { }
        """);

    [Fact]
    public Task A_fact_on_another_system_does_not_count() => VerifyAsync("""
        using Aims;
        [{|AIMS003:AiSystem("first", Purpose = "p", Owner = "o", Risk = AiRiskLevel.Minimal)|}]
        public sealed class First { }
        [AiSystem("second", Purpose = "p", Owner = "o", Risk = AiRiskLevel.Minimal)]
        [DataSource("second-data")]
        public sealed class Second { }
        """);

    [Fact]
    public Task Prohibited_practice_is_reported_at_the_risk() => VerifyAsync("""
        using Aims;
        [AiSystem("social-score", Purpose = "Scores citizens", Owner = "Nobody", {|AIMS008:Risk = AiRiskLevel.Prohibited|})]
        [DataSource("behaviour")]
        public sealed class SocialScore { }
        """);

    [Fact]
    public Task Explicit_unassessed_risk_is_reported() => VerifyAsync("""
        using Aims;
        [{|AIMS018:AiSystem("triage", Purpose = "Triages", Owner = "Ops", Risk = AiRiskLevel.Unassessed)|}]
        [DataSource("tickets")]
        public sealed class Triage { }
        """);

    [Fact]
    public Task Duplicate_ids_report_both_declarations_across_files() => Run(
        new Test { OnlyIds = new HashSet<string> { "AIMS006" } },
        """
        using Aims;
        [{|AIMS006:AiSystem("assistant")|}]
        public sealed class A { }
        """,
        """
        using Aims;
        public static class Holder
        {
            [{|AIMS006:AiSystem("assistant")|}]
            public static void B() { }
        }
        """);

    [Fact]
    public async Task Duplicate_of_a_referenced_assembly_is_reported_naming_it()
    {
        var test = new Test
        {
            References = TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", SharedLibrary)),
            OnlyIds = new HashSet<string> { "AIMS006" },
        };
        var diagnostics = await test.WithSource("""
            using Aims;
            [{|AIMS006:AiSystem("platform-assistant")|}]
            public sealed class Copy { }
            """).RunAsync();
        Assert.Contains("is also declared at assembly Shared", diagnostics.Single(d => d.Id == "AIMS006").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public Task PartOfAiSystem_of_an_undeclared_id_is_reported_and_known_ids_are_not() => Run(
        new Test { References = TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", SharedLibrary)), OnlyIds = new HashSet<string> { "AIMS009" } },
        """
        using Aims;
        [AiSystem("local")]
        public sealed class Local { }
        [PartOfAiSystem("local")]
        public sealed class LocalPiece { }
        [PartOfAiSystem("platform-assistant")]
        public sealed class SharedPiece { }
        [{|AIMS009:PartOfAiSystem("typo-assistant")|}]
        public sealed class Orphan { }
        """);

    [Fact]
    public Task Declarations_on_assembly_methods_and_properties_are_checked() => Run(
        new Test { OnlyIds = new HashSet<string> { "AIMS018" } },
        """
        [assembly: {|AIMS018:Aims.AiSystem("whole-app")|}]
        public sealed class Host
        {
            [{|AIMS018:Aims.AiSystem("on-method")|}]
            public void Run() { }

            [{|AIMS018:Aims.AiSystem("on-property")|}]
            public int Value => 1;
        }
        """);

    [Fact]
    public Task Ill_formed_ids_are_left_to_AIMS007() => Run(
        new Test { AllowCompilationErrors = true },
        """
        using Aims;
        [AiSystem("")]
        public sealed class Empty { }
        [AiSystem(null!)]
        public sealed class Null { }
        [PartOfAiSystem("has spaces")]
        public sealed class Spaces { }
        [AiSystem]
        public sealed class Missing { }
        """);
}
