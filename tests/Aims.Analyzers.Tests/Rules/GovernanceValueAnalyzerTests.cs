using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.GovernanceValueAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS007 (invalid values) and AIMS017 (placeholders), checked against the attribute schema.</summary>
public sealed class GovernanceValueAnalyzerTests
{
    private static Task VerifyAsync(string source, bool allowErrors = false) =>
        new Test { AllowCompilationErrors = allowErrors }.WithSource(source).RunAsync();

    [Fact]
    public Task Valid_values_report_nothing() => VerifyAsync("""
        using Aims;
        [assembly: AiManagementSystem("Contoso", Scope = "Customer-facing AI", PolicyReference = "POL-AI-1", PolicyUri = "https://contoso.example/ai-policy", IncidentContact = "ai-incidents@contoso.example")]
        [assembly: AiControlApplicability("A.2.2", true, Evidence = "POL-AI-1")]
        [assembly: AiControlApplicability("A.10.4", false, Justification = "No customers receive our AI systems")]
        [AiSystem("support-assistant", Purpose = "Drafts replies", Owner = "Support", Risk = AiRiskLevel.Limited, Lifecycle = AiLifecycleStage.OperationAndMonitoring)]
        [DataSource("ticket-history", ContainsPersonalData = true, LawfulBasis = "Contract")]
        [AiModel("OpenAI", "gpt-4o-2024-08-06", ModelCardUri = "https://platform.openai.com/docs/models")]
        [AiEvaluation("answer-accuracy", Threshold = 0.9, Date = "2025-03-31", TestReference = "EvalSuite.Accuracy")]
        [AiRisk("R-001", "Wrong refund amounts", AiRiskTreatment.Mitigate, Controls = new[] { "A.6.2.4", "A.9.2" }, ReviewDate = "2025-04-01T10:00:00Z")]
        [AiEventLogging("prompts and drafts", RetentionDays = 180)]
        public sealed class ReplyDrafter { }
        """);

    [Fact]
    public Task Ill_formed_and_empty_ids_are_invalid() => VerifyAsync("""
        using Aims;
        [AiSystem({|AIMS007:""|})]
        public sealed class A { }
        [AiSystem({|AIMS007:"support assistant"|})]
        public sealed class B { }
        [PartOfAiSystem({|AIMS007:"-leading-dash"|})]
        public sealed class C { }
        [DataSource({|AIMS007:"tickets/2025"|})]
        public sealed class D { }
        [AiRisk({|AIMS007:"R 1"|}, "desc", AiRiskTreatment.Accept)]
        public sealed class E { }
        """);

    [Fact]
    public Task Unknown_Annex_A_control_ids_are_invalid_wherever_a_control_is_named() => VerifyAsync("""
        using Aims;
        [assembly: AiControlApplicability({|AIMS007:"A.8.6"|}, true)]
        [assembly: AiControlApplicability({|AIMS007:"a.2.2"|}, true)]
        [AiRisk("R-2", "desc", AiRiskTreatment.Mitigate, {|AIMS007:Controls = new[] { "A.6.2.4", "A.11.1" }|})]
        public sealed class Risky { }
        """);

    [Fact]
    public Task Undefined_enum_values_from_casts_are_invalid() => VerifyAsync("""
        using Aims;
        [AiSystem("x", {|AIMS007:Risk = (AiRiskLevel)42|}, {|AIMS007:Lifecycle = (AiLifecycleStage)(-1)|})]
        [HumanOversight({|AIMS007:(OversightMode)7|})]
        [AiDisclosure({|AIMS007:(AiDisclosureKind)99|})]
        public sealed class X { }
        """);

    [Fact]
    public Task Malformed_dates_and_uris_and_negative_retention_are_invalid() => VerifyAsync("""
        using Aims;
        [assembly: AiManagementSystem("Contoso", {|AIMS007:PolicyUri = "policies/ai.pdf"|})]
        [AiEvaluation("accuracy", {|AIMS007:Date = "31/03/2025"|})]
        [AiEvaluation("recall", {|AIMS007:Date = "2025-02-30"|})]
        [AiRisk("R-1", "desc", AiRiskTreatment.Avoid, {|AIMS007:ReviewDate = "yesterday"|})]
        [AiModel("OpenAI", "gpt-4o-2024-08-06", {|AIMS007:ModelCardUri = "/docs/models"|})]
        [AiEventLogging("everything", {|AIMS007:RetentionDays = -1|})]
        public sealed class X { }
        """);

    [Fact]
    public Task Required_constructor_text_that_is_empty_is_invalid() => VerifyAsync("""
        using Aims;
        [AiModel({|AIMS007:""|}, {|AIMS007:"  "|})]
        [AiEventLogging({|AIMS007:""|})]
        [AiEvaluation({|AIMS007:null!|})]
        public sealed class X { }
        """);

    [Fact]
    public async Task Invalid_value_messages_say_what_is_wrong()
    {
        var diagnostics = await new Test().WithSource("""
            using Aims;
            [AiSystem({|AIMS007:"has space"|}, {|AIMS007:Risk = (AiRiskLevel)9|})]
            [AiRisk("R-1", "d", AiRiskTreatment.Avoid, {|AIMS007:Controls = new[] { "A.99" }|})]
            public sealed class X { }
            """).RunAsync();
        Assert.Equal(
            [
                "AiRisk.Controls names 'A.99', which is not an ISO/IEC 42001 Annex A control (A.2.2 to A.10.4)",
                "AiSystem.Id 'has space' is not a valid id: use 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or a digit",
                "AiSystem.Risk is 9, which is not a defined AiRiskLevel value",
            ],
            diagnostics.Select(d => d.GetMessage()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public Task Placeholders_that_code_fixes_insert_are_reported() => VerifyAsync("""
        using Aims;
        [AiSystem("ticket-router", {|AIMS017:Purpose = "<purpose>"|}, {|AIMS017:Owner = "TODO: owning team"|}, Name = "Router")]
        [HumanOversight(OversightMode.HumanOnTheLoop, {|AIMS017:Reviewer = " <reviewer> "|})]
        [DataSource("tickets", ContainsPersonalData = true)]
        [AiRisk("R-1", {|AIMS017:"todo"|}, AiRiskTreatment.Mitigate)]
        public sealed class TicketRouter { }
        """);

    [Fact]
    public Task A_placeholder_where_an_id_belongs_is_a_placeholder_not_an_invalid_id() => VerifyAsync("""
        using Aims;
        [AiSystem("router")]
        [DataSource({|AIMS017:"<data-source>"|})]
        [AiRisk({|AIMS017:"TODO"|}, "d", AiRiskTreatment.Mitigate)]
        public sealed class Router { }
        """);

    [Fact]
    public Task Broken_attribute_usages_are_compiler_errors_and_no_rule_throws() => new Harness.AnalyzerTest(Harness.AnalyzerTest.AllAnalyzers.ToArray()) { AllowCompilationErrors = true }.WithSource("""
        using Aims;
        [AiSystem]
        [AiSystem(42)]
        [AiRisk("R-1")]
        [AiControlApplicability("A.2.2", "yes")]
        [DataSource("x", ContainsPersonalData = "maybe")]
        [AiEventLogging("e", RetentionDays = "long")]
        [AiRisk("R-2", "d", AiRiskTreatment.Accept, Controls = "A.2.2")]
        public sealed class Broken { }
        """).RunAsync();

    [Fact]
    public Task Ill_formed_ids_are_reported_by_AIMS007_alone_among_all_rules() => new Harness.AnalyzerTest(Harness.AnalyzerTest.AllAnalyzers.ToArray()) { AllowCompilationErrors = true }.WithSource("""
        using Aims;
        [AiSystem({|AIMS007:""|})]
        public sealed class Empty { }
        [AiSystem({|AIMS007:null!|})]
        public sealed class Null { }
        [PartOfAiSystem({|AIMS007:"has spaces"|})]
        public sealed class Spaces { }
        [AiSystem({|AIMS007:"id\n"|})]
        public sealed class TrailingNewline { }
        [AiSystem]
        public sealed class Missing { }
        """).RunAsync();

    [Fact]
    public Task Placeholders_on_local_functions_and_lambdas_are_reported() => VerifyAsync("""
        using Aims;
        public sealed class Host
        {
            public void Run()
            {
                [AiSystem({|AIMS007:"has space"|}, {|AIMS017:Owner = "<owner>"|})]
                static void Local() { }
                Local();
                System.Action lambda = [DataSource({|AIMS017:"<data-source>"|})] () => { };
            }
        }
        """);
}
