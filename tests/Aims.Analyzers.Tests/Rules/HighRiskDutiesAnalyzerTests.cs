using Aims.Analyzers.Tests.Harness;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.HighRiskDutiesAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS002, AIMS005 and AIMS013: the duties of a high-risk system, joined across its pieces.</summary>
public sealed class HighRiskDutiesAnalyzerTests
{
    [Fact]
    public Task A_complete_high_risk_declaration_reports_nothing() => Test.VerifyAsync("""
        using Aims;
        [AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High, ImpactAssessment = "DPIA-2025-014")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Credit officer")]
        [AiEventLogging("inputs, scores, overrides", RetentionDays = 365)]
        public sealed class CreditScorer { }
        """);

    [Fact]
    public Task High_risk_without_oversight_impact_assessment_and_logging_reports_each() => Test.VerifyAsync("""
        using Aims;
        [{|AIMS002,AIMS005,AIMS013:AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High)|}]
        [DataSource("applications", ContainsPersonalData = true, LawfulBasis = "Contract")]
        public sealed class CreditScorer { }
        """);

    [Fact]
    public Task Limited_risk_owes_none_of_the_high_risk_duties() => Test.VerifyAsync("""
        using Aims;
        [AiSystem("support-assistant", Purpose = "Drafts replies", Owner = "Support", Risk = AiRiskLevel.Limited)]
        public sealed class ReplyDrafter { }
        """);

    [Fact]
    public Task High_risk_facts_given_by_pieces_in_other_files_count() => Test.VerifyAsync(
        """
        using Aims;
        [AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High, ImpactAssessment = "DPIA-2025-014")]
        public sealed class CreditScorer { }
        """,
        """
        using Aims;
        [PartOfAiSystem("credit-scoring")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Credit officer")]
        internal sealed class ReviewQueue
        {
            [AiEventLogging("inputs, scores, overrides", RetentionDays = 365)]
            public void Log() { }
        }
        """);

    [Fact]
    public Task High_risk_facts_given_by_a_piece_in_a_referenced_assembly_count() => new Test { References = TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", SharedSystems.Library)) }
        .WithSource("""
            using Aims;
            [AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High, ImpactAssessment = "DPIA-2025-014")]
            public sealed class CreditScorer { }
            """)
        .RunAsync();

    [Fact]
    public Task Facts_of_another_system_do_not_count() => Test.VerifyAsync("""
        using Aims;
        [{|AIMS002:AiSystem("first", Purpose = "p", Owner = "o", Risk = AiRiskLevel.High, ImpactAssessment = "IA-1")|}]
        [AiEventLogging("inputs")]
        public sealed class First { }
        [AiSystem("second", Purpose = "p", Owner = "o", Risk = AiRiskLevel.High, ImpactAssessment = "IA-2")]
        [HumanOversight(OversightMode.HumanOnTheLoop)]
        [AiEventLogging("inputs")]
        public sealed class Second { }
        """);
}
