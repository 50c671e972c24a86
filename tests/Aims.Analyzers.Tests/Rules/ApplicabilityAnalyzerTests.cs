using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ApplicabilityAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS015: every exclusion in the Statement of Applicability has a justification.</summary>
public sealed class ApplicabilityAnalyzerTests
{
    [Fact]
    public Task Exclusion_without_justification_is_reported() => Test.VerifyAsync("""
        using Aims;
        [assembly: {|AIMS015:AiControlApplicability("A.10.4", false)|}]
        [assembly: {|AIMS015:AiControlApplicability("A.10.3", false, Justification = "")|}]
        [assembly: AiControlApplicability("A.8.5", false, Justification = "No interested parties outside the company")]
        [assembly: AiControlApplicability("A.2.2", true)]
        """);

    [Fact]
    public async Task The_message_names_the_control()
    {
        var diagnostics = await new Test().WithSource("""
            [assembly: {|AIMS015:Aims.AiControlApplicability("A.7.6", false)|}]
            """).RunAsync();
        Assert.Equal("Annex A control 'A.7.6' is excluded without a Justification", Assert.Single(diagnostics).GetMessage());
    }
}
