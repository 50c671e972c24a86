using Aims.Analyzers.Rules;
using Xunit;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS019: an aims.model_call_symbols entry that is not a documentation-comment id.</summary>
public sealed class ModelCallSymbolsOptionAnalyzerTests
{
    private const string Gateway = """
        using System.Threading.Tasks;
        namespace Contoso.Llm;
        public sealed class Gateway
        {
            public Task<string> AskAsync(string prompt) => Task.FromResult(prompt);
        }
        """;

    [Fact]
    public Task Malformed_configuration_entries_are_reported_and_valid_ones_still_apply()
    {
        var test = new Harness.AnalyzerTest(new ModelCallCoverageAnalyzer(), new ModelCallSymbolsOptionAnalyzer());
        test.GlobalOptions["aims.model_call_symbols"] = "Contoso.Llm.Gateway;T:Contoso.Llm.Gateway;M:Broken(;T:";
        test.ExpectedDiagnosticsWithoutLocation.Add(
            "AIMS019: 'Contoso.Llm.Gateway' in aims.model_call_symbols is not a documentation-comment id such as 'T:Contoso.Llm.Gateway' or 'M:Contoso.Ml.Scorer.Score(System.String)', so calls to it are not detected");
        test.ExpectedDiagnosticsWithoutLocation.Add(
            "AIMS019: 'M:Broken(' in aims.model_call_symbols is not a documentation-comment id such as 'T:Contoso.Llm.Gateway' or 'M:Contoso.Ml.Scorer.Score(System.String)', so calls to it are not detected");
        test.ExpectedDiagnosticsWithoutLocation.Add(
            "AIMS019: 'T:' in aims.model_call_symbols is not a documentation-comment id such as 'T:Contoso.Llm.Gateway' or 'M:Contoso.Ml.Scorer.Score(System.String)', so calls to it are not detected");
        return test.WithSource(Gateway).WithSource("""
            using System.Threading.Tasks;
            public static class Use
            {
                public static Task<string> RunAsync(Contoso.Llm.Gateway gateway) => {|AIMS001:gateway.AskAsync("hi")|};
            }
            """).RunAsync();
    }

    [Fact]
    public Task Well_formed_entries_report_nothing_even_when_they_resolve_to_nothing()
    {
        var test = new Harness.AnalyzerTest<ModelCallSymbolsOptionAnalyzer>();
        test.GlobalOptions["aims.model_call_symbols"] = "T:Other.Project.Gateway;M:Other.Project.Scorer.Score(System.String)";
        return test.WithSource("public static class Nothing { }").RunAsync();
    }
}
