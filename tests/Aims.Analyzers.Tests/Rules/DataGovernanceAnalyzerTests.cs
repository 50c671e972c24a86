using Aims.Analyzers.Tests.Harness;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.DataGovernanceAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS003 (a system without a data source) and AIMS011 (personal data without a lawful basis).</summary>
public sealed class DataGovernanceAnalyzerTests
{
    [Fact]
    public Task A_bare_declaration_has_no_data_source() => Test.VerifyAsync("""
        using Aims;
        [{|AIMS003:AiSystem("bare")|}]
        public sealed class Bare { }
        """);

    [Fact]
    public Task A_data_source_on_the_declaration_or_a_piece_counts() => Test.VerifyAsync(
        """
        using Aims;
        [AiSystem("support-assistant")]
        [DataSource("ticket-history", Usage = DataUsage.Grounding)]
        public sealed class ReplyDrafter { }
        [AiSystem("summariser")]
        public sealed class Summariser { }
        """,
        """
        using Aims;
        [PartOfAiSystem("summariser")]
        public sealed class Retriever
        {
            [DataSource("knowledge-base")]
            public void Load() { }
        }
        """);

    [Fact]
    public Task A_data_source_of_a_piece_in_a_referenced_assembly_counts() => new Test { References = TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", SharedSystems.Library)) }
        .WithSource("""
            using Aims;
            [AiSystem("credit-scoring", Purpose = "Scores credit applications", Owner = "Risk", Risk = AiRiskLevel.High)]
            public sealed class CreditScorer { }
            """)
        .RunAsync();

    [Fact]
    public Task A_fact_on_another_system_does_not_count() => Test.VerifyAsync("""
        using Aims;
        [{|AIMS003:AiSystem("first", Purpose = "p", Owner = "o", Risk = AiRiskLevel.Minimal)|}]
        public sealed class First { }
        [AiSystem("second", Purpose = "p", Owner = "o", Risk = AiRiskLevel.Minimal)]
        [DataSource("second-data")]
        public sealed class Second { }
        """);

    [Fact]
    public Task Personal_data_without_lawful_basis_is_reported() => Test.VerifyAsync("""
        using Aims;
        [AiSystem("hr-assistant")]
        [{|AIMS011:DataSource("employee-records", ContainsPersonalData = true)|}]
        [{|AIMS011:DataSource("applicants", ContainsPersonalData = true, LawfulBasis = " ")|}]
        [DataSource("handbook")]
        [DataSource("payroll", ContainsPersonalData = true, LawfulBasis = "LegalObligation")]
        public sealed class HrAssistant { }
        """);

    [Fact]
    public async Task Messages_name_the_system_and_the_data_source()
    {
        var diagnostics = await new Test().WithSource("""
            using Aims;
            [{|AIMS003:AiSystem("half")|}]
            public sealed class Half { }
            [AiSystem("hr")]
            [{|AIMS011:DataSource("employees", ContainsPersonalData = true)|}]
            public sealed class Hr { }
            """).RunAsync();
        Assert.Equal(
            ["AI system 'half' declares no [DataSource] on its declaration or any of its pieces", "Data source 'employees' contains personal data but states no LawfulBasis"],
            diagnostics.Select(d => d.GetMessage()).Order(StringComparer.Ordinal));
    }
}
