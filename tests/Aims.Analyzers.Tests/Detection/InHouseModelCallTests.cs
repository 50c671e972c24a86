using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>A team's own wrappers: [AiModelCall] members and symbols listed in aims.model_call_symbols.</summary>
public sealed class InHouseModelCallTests
{
    private const string Gateway = """
        namespace Contoso.Llm
        {
            using System.Threading.Tasks;
            public sealed class Gateway
            {
                public Task<string> AskAsync(string prompt) => Task.FromResult(prompt);
                public Task<string> AskAsync(string prompt, int maxTokens) => Task.FromResult(prompt);
                public Task<string> HealthAsync() => Task.FromResult("ok");
            }
        }
        namespace Contoso.Ml
        {
            public sealed class Scorer
            {
                public Scorer(string model) { }
                public double Score(string text) => 0;
                public double Score(int id) => 0;
            }
        }
        """;

    [Fact]
    public Task Callers_of_an_AiModelCall_member_are_reported_and_its_body_is_not() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        public sealed class LlmGateway(IChatClient client)
        {
            [AiModelCall]
            public async Task<string> AskLlmGatewayAsync(string prompt) => (await client.GetResponseAsync(prompt)).Text;
        }
        public sealed class Caller(LlmGateway gateway)
        {
            public Task<string> RunAsync() => {|AIMS001:gateway.AskLlmGatewayAsync("hi")|};
        }
        """);

    [Fact]
    public Task AiModelCall_on_an_interface_member_makes_calls_through_implementations_model_calls() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Aims;
        public interface IScorer { [AiModelCall] Task<double> ScoreAsync(string text); }
        public sealed class RemoteScorer : IScorer
        {
            public Task<double> ScoreAsync(string text) => Task.FromResult(0.5);
        }
        public static class Use
        {
            public static Task<double> ViaInterface(IScorer scorer) => {|AIMS001:scorer.ScoreAsync("x")|};
            public static Task<double> ViaClass(RemoteScorer scorer) => {|AIMS001:scorer.ScoreAsync("x")|};
        }
        """);

    [Fact]
    public Task AiModelCall_on_a_constructor_makes_construction_a_model_call() => Verify.VerifyAsync("""
        using Aims;
        public sealed class Classifier
        {
            [AiModelCall]
            public Classifier(string text) { }
        }
        public static class Use
        {
            public static Classifier Run() => {|AIMS001:new Classifier("text")|};
        }
        """);

    [Fact]
    public Task Configured_type_makes_every_method_of_it_a_model_call()
    {
        var test = new Verify();
        test.EditorConfig["aims.model_call_symbols"] = "T:Contoso.Llm.Gateway";
        return test.WithSource(Gateway).WithSource("""
            using System.Threading.Tasks;
            using Contoso.Llm;
            public static class Use
            {
                public static async Task RunAsync(Gateway gateway)
                {
                    _ = await {|AIMS001:gateway.AskAsync("hi")|};
                    _ = await {|AIMS001:gateway.HealthAsync()|};
                    _ = new Gateway();
                }
            }
            """).RunAsync();
    }

    [Fact]
    public Task Configured_methods_by_signature_by_name_and_constructor_are_model_calls()
    {
        var test = new Verify();
        test.GlobalOptions["aims.model_call_symbols"] =
            "M:Contoso.Ml.Scorer.Score(System.String) ; M:Contoso.Ml.Scorer.#ctor(System.String);M:Contoso.Llm.Gateway.AskAsync(System.String,System.Int32)";
        return test.WithSource(Gateway).WithSource("""
            using System.Threading.Tasks;
            using Contoso.Llm;
            using Contoso.Ml;
            public static class Use
            {
                public static async Task RunAsync(Gateway gateway)
                {
                    var scorer = {|AIMS001:new Scorer("spam-v3")|};
                    _ = {|AIMS001:scorer.Score("text")|};
                    _ = scorer.Score(42);
                    _ = await gateway.AskAsync("hi");
                    _ = await {|AIMS001:gateway.AskAsync("hi", 100)|};
                }
            }
            """).RunAsync();
    }

    [Fact]
    public Task Symbols_from_the_AimsModelCallSymbols_MSBuild_property_are_model_calls()
    {
        var test = new Verify();
        test.GlobalOptions["build_property.AimsModelCallSymbols"] = "M:Contoso.Llm.Gateway.HealthAsync";
        return test.WithSource(Gateway).WithSource("""
            using System.Threading.Tasks;
            public static class Use
            {
                public static Task<string> RunAsync(Contoso.Llm.Gateway gateway) => {|AIMS001:gateway.HealthAsync()|};
            }
            """).RunAsync();
    }

    [Fact]
    public Task Method_id_without_parameter_list_names_the_parameterless_overload_only()
    {
        var test = new Verify();
        test.GlobalOptions["aims.model_call_symbols"] = "M:Contoso.Llm.Gateway.AskAsync;M:Contoso.Llm.Gateway.HealthAsync";
        return test.WithSource(Gateway).WithSource("""
            using System.Threading.Tasks;
            public static class Use
            {
                public static async Task RunAsync(Contoso.Llm.Gateway gateway)
                {
                    _ = await gateway.AskAsync("hi");
                    _ = await {|AIMS001:gateway.HealthAsync()|};
                }
            }
            """).RunAsync();
    }

    [Fact]
    public Task Calls_inside_a_configured_type_are_its_implementation()
    {
        var test = new Verify();
        test.EditorConfig["aims.model_call_symbols"] = "T:Contoso.Llm.OpenAiGateway";
        return test.WithSource("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            namespace Contoso.Llm
            {
                public sealed class OpenAiGateway(IChatClient client)
                {
                    public async Task<string> AskAsync(string prompt) => (await client.GetResponseAsync(prompt)).Text;
                }
            }
            """).RunAsync();
    }

    [Fact]
    public Task Configured_symbols_that_do_not_exist_here_match_no_call_of_the_same_name()
    {
        var test = new Verify { References = Harness.TestReferences.FrameworkOnly };
        test.GlobalOptions["aims.model_call_symbols"] = "T:Other.Project.Gateway;M:Other.Project.Scorer.Score(System.String)";
        return test.WithSource("""
            namespace Local
            {
                public sealed class Gateway { public string AskAsync(string prompt) => prompt; }
                public sealed class Scorer { public double Score(string text) => 0; }
            }
            public static class Use
            {
                public static string Run(Local.Gateway gateway, Local.Scorer scorer) => gateway.AskAsync("hi") + scorer.Score("x");
            }
            """).RunAsync();
    }
}
