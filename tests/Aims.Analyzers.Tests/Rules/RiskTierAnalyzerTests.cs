using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.RiskTierAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS008 (a prohibited practice) and AIMS018 (no risk assessment yet).</summary>
public sealed class RiskTierAnalyzerTests
{
    [Fact]
    public Task Assessed_tiers_report_nothing() => Test.VerifyAsync("""
        using Aims;
        [AiSystem("a", Risk = AiRiskLevel.Minimal)]
        public sealed class A { }
        [AiSystem("b", Risk = AiRiskLevel.Limited)]
        public sealed class B { }
        [AiSystem("c", Risk = AiRiskLevel.High)]
        public sealed class C { }
        """);

    [Fact]
    public Task An_unset_risk_is_unassessed() => Test.VerifyAsync("""
        using Aims;
        [{|AIMS018:AiSystem("bare")|}]
        public sealed class Bare { }
        """);

    [Fact]
    public Task Explicit_unassessed_risk_is_reported() => Test.VerifyAsync("""
        using Aims;
        [{|AIMS018:AiSystem("triage", Purpose = "Triages", Owner = "Ops", Risk = AiRiskLevel.Unassessed)|}]
        public sealed class Triage { }
        """);

    [Fact]
    public Task Prohibited_practice_is_reported_at_the_risk() => Test.VerifyAsync("""
        using Aims;
        [AiSystem("social-score", Purpose = "Scores citizens", Owner = "Nobody", {|AIMS008:Risk = AiRiskLevel.Prohibited|})]
        public sealed class SocialScore { }
        """);

    [Fact]
    public Task Declarations_on_the_assembly_methods_properties_and_local_functions_are_checked() => Test.VerifyAsync("""
        [assembly: {|AIMS018:Aims.AiSystem("whole-app")|}]
        public sealed class Host
        {
            [{|AIMS018:Aims.AiSystem("on-method")|}]
            public void Run()
            {
                [{|AIMS018:Aims.AiSystem("on-local-function")|}]
                static void Local() { }
                Local();
                System.Action lambda = [{|AIMS018:Aims.AiSystem("on-lambda")|}] () => { };
            }

            [{|AIMS018:Aims.AiSystem("on-property")|}]
            public int Value => 1;
        }
        """);
}
